import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { checkClass, createBody, readClassForm } from '$lib/server/class-form';
import { hasErrors } from '$lib/server/forms';
import { apiProblem, failAccess, failLoad, requireTrainer } from '$lib/server/teaching';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function courses(event: RequestEvent) {
	const res = await api(event).get('/api/courses');
	if (!res.ok) failLoad(event, res);
	return res.data.map((c) => ({ slug: c.slug, title: c.title[event.locals.locale] }));
}

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	return { courses: await courses(event) };
};

export const actions: Actions = {
	default: async (event) => {
		requireTrainer(event);
		const values = readClassForm(await event.request.formData());
		const slugs = (await courses(event)).map((c) => c.slug);
		const fieldErrors = checkClass(event.locals.locale, values, { courses: slugs });
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/classes', createBody(values));
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiProblem(res) });
		}
		redirect(303, `/mis-clases/${res.data.id}?creada=1`);
	}
};
