import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, text } from '$lib/server/forms';
import { classId, failLoad, slugParam } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const id = classId(event);
	const slug = slugParam(event);
	const assignment = await api(event).get('/api/classes/{id}/assignments/{slug}', { params: { id, slug } });
	if (!assignment.ok) failLoad(event, assignment);
	const saved = event.url.searchParams.get('entrega');
	return {
		saved: saved === 'recibida' || saved === 'sustituida' ? saved : null,
		classId: id,
		classTitle: assignment.data.class.title,
		timezone: assignment.data.class.timezone,
		assignment: assignment.data
	};
};

export const actions: Actions = {
	entregar: async (event) => {
		requireUser(event);
		const id = classId(event);
		const slug = slugParam(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = { text: text(data, 'text'), link: text(data, 'link').trim() };
		const pending = text(data, 'pending');

		// The API checks the rules (20–20 000 characters, an https link); we word its answers for people.
		const res = await api(event).post('/api/classes/{id}/assignments/{slug}/submissions', { text: values.text, link: values.link || undefined }, { params: { id, slug } });
		if (!res.ok) {
			const fieldErrors = errs();
			if (res.error.fieldErrors.text) fieldErrors.text = t(locale, 'assignment.textInvalid');
			if (res.error.fieldErrors.link) fieldErrors.link = t(locale, 'assignment.linkInvalid');
			const known = Object.keys(fieldErrors).length > 0;
			return fail(res.status, { values, fieldErrors, message: known ? null : res.error.message });
		}
		// Post/redirect/get: reloading must not hand the work in again.
		const replaced = !!pending && pending === res.data.id;
		redirect(303, `/clases/${id}/tareas/${slug}?entrega=${replaced ? 'sustituida' : 'recibida'}`);
	}
};
