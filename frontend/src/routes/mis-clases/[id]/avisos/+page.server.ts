import { fail } from '@sveltejs/kit';
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
	// `html` is sanitised by the API (an allowlist of tags, no scripts or styles): safe for {@html}.
	return { announcements: res.data.map((a) => ({ id: a.id, title: a.title, html: a.html, authorName: a.authorName, createdAt: a.createdAt })) };
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
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null, done: null });

		const res = await api(event).post('/api/classes/{id}/announcements', values, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiProblem(res), done: null });
		}
		const n = res.data.recipients;
		return { values: null, fieldErrors: errs(), message: null, done: n === 1 ? t(locale, 'teach.announcedOne') : t(locale, 'teach.announced', { count: n }) };
	}
};
