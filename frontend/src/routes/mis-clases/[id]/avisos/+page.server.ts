import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, hasErrors, text } from '$lib/server/forms';
import { apiProblem, cleanText, failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const res = await api(event).get('/api/classes/{id}/announcements', { params: { id } });
	if (!res.ok) failLoad(event, res);
	// After posting (post/redirect/get, so a reload never emails the class twice): to how many it went.
	const sent = event.url.searchParams.get('enviado');
	const n = sent !== null && /^\d{1,5}$/.test(sent) ? Number(sent) : null;
	const done = n === null ? null : n === 1 ? t(event.locals.locale, 'teach.announcedOne') : t(event.locals.locale, 'teach.announced', { count: n });
	// `html` is sanitised by the API (an allowlist of tags, no scripts or styles): safe for {@html}.
	return { done, announcements: res.data.map((a) => ({ id: a.id, title: a.title, html: a.html, authorName: a.authorName, createdAt: a.createdAt })) };
};

export const actions: Actions = {
	default: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = { title: cleanText(text(data, 'title')), body: cleanText(text(data, 'body')) };
		const fieldErrors = errs();
		if (values.title.length < 3 || values.title.length > 160) fieldErrors.title = t(locale, 'teach.v.annTitle');
		if (values.body.length < 3 || values.body.length > 10000) fieldErrors.body = t(locale, 'teach.v.annBody');
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/classes/{id}/announcements', values, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiProblem(res) });
		}
		redirect(303, `/mis-clases/${id}/avisos?enviado=${res.data.recipients}`);
	}
};
