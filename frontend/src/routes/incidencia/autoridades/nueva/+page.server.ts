import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkOfficial, failAccess, OFFICIAL_FIELDS, officialBody, readOfficialForm, requireAdvocate } from '$lib/server/advocacy';
import { errs, hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireAdvocate(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireAdvocate(event);
		const locale = event.locals.locale;
		const values = readOfficialForm(await event.request.formData());
		const fieldErrors = checkOfficial(locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/officials', officialBody(values));
		if (!res.ok) {
			failAccess(event, res);
			// 409: another official has that email.
			if (res.status === 409) return fail(409, { values, fieldErrors: errs({ email: res.error.message }), message: null });
			return fail(res.status, { values, ...apiErrors(locale, res, OFFICIAL_FIELDS) });
		}
		redirect(303, `/incidencia/autoridades/${res.data.id}?creada=1`);
	}
};
