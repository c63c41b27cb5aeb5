import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkItem, failAccess, ITEM_FIELDS, itemBody, readItemForm, requireEditor } from '$lib/server/newsroom';
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
		const values = readItemForm(await event.request.formData());
		const { errors, citations } = checkItem(locale, values);
		if (hasErrors(errors)) return fail(400, { values, fieldErrors: errors, message: null });

		const res = await api(event).post('/api/news/editorial', itemBody(values, citations));
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, ITEM_FIELDS) });
		}
		redirect(303, `/redaccion/noticias/${res.data.id}?hecho=creada`);
	}
};
