import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs } from '$lib/server/forms';
import { failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const sessionId = requireUuid(event, event.params.sessionId);
	const res = await api(event).get('/api/classes/{id}/sessions/{sessionId}/attendance', { params: { id, sessionId } });
	if (!res.ok) failLoad(event, res);
	return { register: res.data };
};

export const actions: Actions = {
	default: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const sessionId = requireUuid(event, event.params.sessionId);
		const present = [
			...new Set(
				(await event.request.formData())
					.getAll('present')
					.filter((v): v is string => typeof v === 'string')
			)
		];
		const res = await api(event).put('/api/classes/{id}/sessions/{sessionId}/attendance', { present }, { params: { id, sessionId } });
		if (!res.ok) {
			failAccess(event, res);
			// 409 (not started yet) and 400 (someone no longer in the class) are said in the API's words.
			return fail(res.status, { fieldErrors: errs(), message: res.error.message, done: null });
		}
		const done = t(event.locals.locale, 'teach.attendanceSaved', { present: res.data.presentCount, total: res.data.learners.length });
		return { fieldErrors: errs(), message: null, done };
	}
};
