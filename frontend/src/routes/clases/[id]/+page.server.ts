import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { classId, failLoad } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = classId(event);
	const client = api(event);
	const [detail, me] = await Promise.all([
		client.get('/api/classes/{id}', { params: { id } }),
		event.locals.user ? client.get('/api/classes/{id}/me', { params: { id } }) : Promise.resolve(null)
	]);
	if (!detail.ok) failLoad(event, detail);
	if (me && !me.ok) failLoad(event, me);
	const membership = me?.data ?? null;
	const status = membership?.enrolment?.status;
	const member = status === 'active' || status === 'completed';

	// Trainers read the material without an enrolment: only they need the course's outline.
	const [course, announcements] = await Promise.all([
		membership?.canManage ? client.get('/api/courses/{slug}', { params: { slug: detail.data.courseSlug } }) : Promise.resolve(null),
		member || membership?.canManage ? client.get('/api/classes/{id}/announcements', { params: { id } }) : Promise.resolve(null)
	]);
	const c = course?.ok ? course.data : null;

	// Back from the lesson reader after marking the last lesson done: say which one.
	const doneSlug = event.url.searchParams.get('hecha');
	const doneLesson = doneSlug ? (membership?.enrolment?.lessons.find((l) => l.slug === doneSlug)?.title ?? null) : null;

	return {
		klass: detail.data,
		course: c && {
			lessons: c.lessons.map((l) => ({ slug: l.slug, title: l.title })),
			quizzes: c.quizzes.map((q) => ({ slug: q.slug, title: q.title })),
			assignments: c.assignments.map((a) => ({ slug: a.slug, title: a.title }))
		},
		membership,
		announcements: announcements?.ok ? announcements.data : null,
		doneLesson,
		// Set by the actions' redirects (post/redirect/get, so reloading never sends a form twice).
		outcome: OUTCOMES.find((o) => event.url.searchParams.get('hecho') === o) ?? null,
		now: Date.now()
	};
};

const OUTCOMES = ['inscrita', 'en-espera', 'baja', 'fuera-de-espera'] as const;

function problem(action: 'inscribirme' | 'salir', message: string | null, confirmError: string | null = null) {
	return { action, message, confirmError };
}

export const actions: Actions = {
	inscribirme: async (event) => {
		requireUser(event);
		const id = classId(event);
		const res = await api(event).post('/api/classes/{id}/enrolments', {}, { params: { id } });
		if (!res.ok) return fail(res.status, problem('inscribirme', res.error.message));
		redirect(303, `/clases/${id}?hecho=${res.data.status === 'waitlisted' ? 'en-espera' : 'inscrita'}`);
	},

	salir: async (event) => {
		requireUser(event);
		const id = classId(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		// The enrolment comes from the API, not from the form: only the caller's own place in this class.
		const me = await api(event).get('/api/classes/{id}/me', { params: { id } });
		if (!me.ok) return fail(me.status, problem('salir', me.error.message));
		const e = me.data.enrolment;
		if (!e || (e.status !== 'active' && e.status !== 'waitlisted')) return fail(409, problem('salir', t(locale, 'class.notEnrolled')));
		if (e.status === 'active' && data.get('confirm') !== 'yes') {
			return fail(400, problem('salir', null, t(locale, 'class.withdrawConfirmMissing')));
		}
		const res = await api(event).delete('/api/enrolments/{id}', { params: { id: e.id } });
		if (!res.ok) return fail(res.status, problem('salir', res.error.message));
		redirect(303, `/clases/${id}?hecho=${e.status === 'waitlisted' ? 'fuera-de-espera' : 'baja'}`);
	}
};
