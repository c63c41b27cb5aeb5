import { fail, redirect } from '@sveltejs/kit';
import type { ScrubPreview } from '$lib/forum';
import { api } from '$lib/server/api';
import { errs, hasErrors } from '$lib/server/forms';
import { apiErrors, checkQuestion, loadCategories, noStore, QUESTION_FIELDS, questionBody, readQuestionForm, readStep } from '$lib/server/forum';
import { failLoad } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	// What was typed can come back in this page (the review step, a refused form): never into any cache.
	noStore(event);
	const categories = await loadCategories(event);
	const slug = event.url.searchParams.get('categoria');
	return { categories, preselected: categories.find((c) => c.slug === slug)?.id ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		requireUser(event);
		noStore(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = readQuestionForm(data);
		const step = readStep(data);
		// "Volver a editar": the form again, as it was typed (nothing is sent to the API).
		if (step === 'edit') return { values, preview: null, fieldErrors: errs(), message: null };

		const categories = await loadCategories(event);
		const errors = checkQuestion(locale, values, categories);
		if (hasErrors(errors)) return fail(400, { values, preview: null, fieldErrors: errors, message: null });

		const res = await api(event).post('/api/forum/questions', questionBody(values, step === 'publish'));
		if (!res.ok) {
			// A lost session is the login page; a suspension (403) or the new-account limit (429) is said here.
			if (res.status === 401) failLoad(event, res);
			return fail(res.status, { values, preview: null, ...apiErrors(locale, res, QUESTION_FIELDS) });
		}
		const result = res.data;
		if (result.outcome === 'preview' && result.preview) {
			// Personal data was found and masked; nothing is stored until the asker confirms.
			return { values, preview: result.preview satisfies ScrubPreview, fieldErrors: errs(), message: null };
		}
		if (result.outcome === 'held') redirect(303, '/foro/mis-preguntas?hecho=retenida');
		redirect(303, `/foro/preguntas/${result.questionId}?hecho=publicada`);
	}
};
