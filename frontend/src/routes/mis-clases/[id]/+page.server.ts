import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { checkEmail, errs, hasErrors, text } from '$lib/server/forms';
import { apiProblem, failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Event = RequestEvent;

async function roster(event: Event, id: string) {
	const res = await api(event).get('/api/classes/{id}/roster', { params: { id } });
	if (!res.ok) failLoad(event, res);
	return res.data;
}

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const [r, { cls }] = await Promise.all([roster(event, id), event.parent()]);
	// Only what the table shows: the page must stay light with a big class.
	const row = (l: (typeof r.learners)[number]) => ({
		id: l.enrolmentId,
		name: l.displayName,
		status: l.status,
		percent: l.percent,
		// Stuck: out of attempts without passing; the trainer can give one more.
		quizzes: l.quizzes.map((q) => ({ best: q.bestScore, passed: q.passed, stuck: !q.passed && q.attempts >= q.allowed && l.status === 'active' })),
		assignments: l.assignments.map((a) => a.status),
		pending: l.pendingSubmissions,
		attended: l.attended
	});
	// After giving an attempt (post/redirect/get: a reload must not give another one).
	const granted = event.url.searchParams.get('intento');
	const grantedTo = granted ? r.learners.find((l) => l.enrolmentId === granted)?.displayName : undefined;
	return {
		grantedTo: grantedTo ?? null,
		courseTitle: cls.courseTitle,
		created: event.url.searchParams.get('creada') === '1',
		saved: event.url.searchParams.get('guardada') === '1',
		roster: {
			sessionsHeld: r.sessionsHeld,
			quizzes: r.quizzes.map((q) => q.title),
			quizSlugs: r.quizzes.map((q) => q.slug),
			assignments: r.assignments.map((a) => a.title),
			learners: r.learners.map(row),
			waitlist: r.waitlist.map((l) => ({ ...row(l), queuedAt: l.queuedAt }))
		}
	};
};

export const actions: Actions = {
	inscribir: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const email = text(await event.request.formData(), 'email').trim();
		const values = { email };
		const fieldErrors = errs();
		checkEmail(event.locals.locale, email, fieldErrors);
		if (hasErrors(fieldErrors)) return fail(400, { action: 'inscribir' as const, values, fieldErrors, message: null, done: null });

		const res = await api(event).post('/api/classes/{id}/enrolments', { email }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			// "No confirmed account with that email", "you teach this class": both are about the email typed.
			const problem = apiProblem(res);
			const fields = hasErrors(problem.fieldErrors) ? problem.fieldErrors : errs({ email: res.error.message });
			return fail(res.status, { action: 'inscribir' as const, values, fieldErrors: fields, message: null, done: null });
		}
		const locale = event.locals.locale;
		const done =
			res.status === 200
				? t(locale, 'teach.addedAlready')
				: res.data.status === 'waitlisted'
					? t(locale, 'teach.addedWaitlist', { position: res.data.waitlistPosition ?? 1 })
					: t(locale, 'teach.added');
		return { action: 'inscribir' as const, values: { email: '' }, fieldErrors: errs(), message: null, done };
	},

	intento: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const data = await event.request.formData();
		const enrolmentId = text(data, 'enrolmentId');
		const quiz = text(data, 'quiz');
		// Only a learner and a quiz of this class, as listed on the page.
		const r = await roster(event, id);
		if (!r.learners.some((l) => l.enrolmentId === enrolmentId) || !r.quizzes.some((q) => q.slug === quiz)) {
			return fail(400, { action: 'intento' as const, fieldErrors: errs(), message: t(event.locals.locale, 'teach.v.chooseLearner'), done: null });
		}
		const res = await api(event).post('/api/enrolments/{id}/quizzes/{quizSlug}/extra-attempt', undefined, { params: { id: enrolmentId, quizSlug: quiz } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'intento' as const, fieldErrors: errs(), message: res.error.message, done: null });
		}
		redirect(303, `/mis-clases/${id}?intento=${enrolmentId}#inscritas`);
	},

	quitar: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const data = await event.request.formData();
		const enrolmentId = text(data, 'enrolmentId');
		const locale = event.locals.locale;
		const fieldErrors = errs();
		// Only someone of this class (the form lists them), not any enrolment id sent to this page.
		const r = await roster(event, id);
		const who = [...r.learners, ...r.waitlist].find((l) => l.enrolmentId === enrolmentId);
		if (!who) fieldErrors.enrolmentId = t(locale, 'teach.v.chooseLearner');
		if (data.get('confirm') !== 'yes') fieldErrors.confirm = t(locale, 'teach.v.confirmRemove');
		if (hasErrors(fieldErrors) || !who) return fail(400, { action: 'quitar' as const, enrolmentId, fieldErrors, message: null, done: null });

		const res = await api(event).delete('/api/enrolments/{id}', { params: { id: enrolmentId } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'quitar' as const, enrolmentId, fieldErrors: errs(), message: res.error.message, done: null });
		}
		return { action: 'quitar' as const, enrolmentId: '', fieldErrors: errs(), message: null, done: t(locale, 'teach.removed', { name: who.displayName }) };
	}
};
