import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { classId, failLoad, slugParam } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const id = classId(event);
	const slug = slugParam(event);
	const quiz = await api(event).get('/api/classes/{id}/quizzes/{quizSlug}', { params: { id, quizSlug: slug } });
	if (!quiz.ok) failLoad(event, quiz);
	// After an attempt (?intento=N, see the action): the result of that attempt, to announce it.
	const n = Number(event.url.searchParams.get('intento'));
	const submitted = Number.isInteger(n) ? (quiz.data.attempts.find((a) => a.number === n) ?? null) : null;
	return {
		submitted,
		classId: id,
		classTitle: quiz.data.class.title,
		timezone: quiz.data.class.timezone,
		quiz: quiz.data
	};
};

export const actions: Actions = {
	intento: async (event) => {
		requireUser(event);
		const id = classId(event);
		const slug = slugParam(event);
		const data = await event.request.formData();
		// Inputs are named "q.<questionId>"; a question with nothing chosen sends nothing, and the API says so.
		const answers: Record<string, string[]> = {};
		for (const [key, value] of data.entries()) {
			if (!key.startsWith('q.') || typeof value !== 'string') continue;
			(answers[key.slice(2)] ??= []).push(value);
		}
		const res = await api(event).post('/api/classes/{id}/quizzes/{quizSlug}/attempts', { answers }, { params: { id, quizSlug: slug } });
		if (!res.ok) {
			const questions = Object.keys(res.error.fieldErrors)
				.filter((f) => f.startsWith('answers.'))
				.map((f) => f.slice('answers.'.length));
			return fail(res.status, { chosen: answers, questionErrors: questions, message: questions.length ? null : res.error.message });
		}
		// Post/redirect/get: reloading the result page must not send the answers again as another attempt.
		redirect(303, `/clases/${id}/cuestionarios/${slug}?intento=${res.data.number}#resultado`);
	}
};
