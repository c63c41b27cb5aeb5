import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { checkClass, readClassForm, updateBody } from '$lib/server/class-form';
import { hasErrors } from '$lib/server/forms';
import { apiProblem, failAccess, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireTrainer(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const values = readClassForm(await event.request.formData());
		const fieldErrors = checkClass(event.locals.locale, values, {});
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).patch('/api/classes/{id}', updateBody(values), { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiProblem(res) });
		}
		redirect(303, `/mis-clases/${id}?guardada=1`);
	}
};
