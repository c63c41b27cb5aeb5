import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkSource, failAccess, readSourceForm, requireEditor, SOURCE_FIELDS, sourceBody } from '$lib/server/newsroom';
import { hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireEditor(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireEditor(event);
		const locale = event.locals.locale;
		const values = readSourceForm(await event.request.formData());
		const fieldErrors = checkSource(locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/news/sources', sourceBody(values));
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, SOURCE_FIELDS) });
		}
		redirect(303, `/redaccion/fuentes/${res.data.id}?creada=1`);
	}
};
