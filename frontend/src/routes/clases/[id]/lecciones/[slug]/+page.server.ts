import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { classId, failLoad, isUuid, slugParam } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const id = classId(event);
	const slug = slugParam(event);
	const res = await api(event).get('/api/classes/{id}/lessons/{lessonSlug}', { params: { id, lessonSlug: slug } });
	if (!res.ok) failLoad(event, res);
	// Arrived here by marking the previous lesson done: say so.
	const marked = event.url.searchParams.get('hecha');
	return { classId: id, lesson: res.data, previousDone: !!marked && res.data.previous?.slug === marked };
};

export const actions: Actions = {
	hecha: async (event) => {
		requireUser(event);
		const id = classId(event);
		const slug = slugParam(event);
		const data = await event.request.formData();
		const enrolment = text(data, 'enrolment');
		const next = text(data, 'next');
		if (!isUuid(enrolment)) return fail(400, { message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).post('/api/enrolments/{id}/lessons/{lessonSlug}/complete', undefined, { params: { id: enrolment, lessonSlug: slug } });
		if (!res.ok) return fail(res.status, { message: res.error.message });
		// On to the next lesson; after the last one, back to the class (which shows the progress).
		if (next && SLUG.test(next)) redirect(303, `/clases/${id}/lecciones/${next}?hecha=${slug}`);
		redirect(303, `/clases/${id}?hecha=${slug}#avance`);
	}
};
