import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { formatDay, zonedToIso } from '$lib/format';
import { api } from '$lib/server/api';
import { isDay } from '$lib/server/class-form';
import { errs, hasErrors, text } from '$lib/server/forms';
import { apiProblem, failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireTrainer(event);
	// Which sessions have started, decided once on the server (the list itself comes from the layout);
	// after scheduling (post/redirect/get, so a reload never adds it twice), which session was added.
	return { now: Date.now(), scheduledId: event.url.searchParams.get('programada') };
};

function isHttpsUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname.includes('.') && value.length <= 2000;
	} catch {
		return false;
	}
}

export const actions: Actions = {
	default: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = {
			startsAt: text(data, 'startsAt').trim(),
			durationMinutes: text(data, 'durationMinutes').trim(),
			topic: text(data, 'topic').trim(),
			meetingUrl: text(data, 'meetingUrl').trim()
		};

		const cls = await api(event).get('/api/classes/{id}', { params: { id } });
		if (!cls.ok) failLoad(event, cls);
		const { timezone, startsOn, endsOn } = cls.data;

		const fieldErrors = errs();
		// A real day and time (zonedToIso alone would roll "31 February" over into March).
		const time = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(values.startsAt) && isDay(values.startsAt.slice(0, 10));
		const startsAt = time ? zonedToIso(values.startsAt, timezone) : null;
		if (!startsAt) fieldErrors.startsAt = t(locale, 'teach.v.startsAt');
		else if (values.startsAt.slice(0, 10) < startsOn || values.startsAt.slice(0, 10) > endsOn) {
			fieldErrors.startsAt = t(locale, 'teach.v.startsAtRange', { start: formatDay(startsOn, locale), end: formatDay(endsOn, locale) });
		}
		const duration = Number(values.durationMinutes);
		if (!/^\d{1,3}$/.test(values.durationMinutes) || duration < 15 || duration > 480) fieldErrors.durationMinutes = t(locale, 'teach.v.duration');
		if (values.topic.length < 3 || values.topic.length > 200) fieldErrors.topic = t(locale, 'teach.v.topic');
		if (values.meetingUrl && !isHttpsUrl(values.meetingUrl)) fieldErrors.meetingUrl = t(locale, 'teach.v.meetingUrl');
		if (hasErrors(fieldErrors) || !startsAt) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post(
			'/api/classes/{id}/sessions',
			{ startsAt, durationMinutes: duration, topic: values.topic, ...(values.meetingUrl ? { meetingUrl: values.meetingUrl } : {}) },
			{ params: { id } }
		);
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiProblem(res) });
		}
		redirect(303, `/mis-clases/${id}/sesiones?programada=${res.data.id}`);
	}
};
