import { api } from '$lib/server/api';
import { failLoad, requireTrainer } from '$lib/server/teaching';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const res = await api(event).get('/api/me/classes');
	if (!res.ok) failLoad(event, res);
	const lang = event.locals.locale;
	// Only what the page shows (the API's answer carries more than the list needs).
	const classes = res.data.map((c) => ({
		id: c.id,
		title: c.title,
		courseTitle: c.courseTitle[lang],
		startsOn: c.startsOn,
		endsOn: c.endsOn,
		timezone: c.timezone,
		mode: c.mode,
		enrolmentOpen: c.enrolmentOpen,
		ended: c.ended,
		activeCount: c.activeCount,
		completedCount: c.completedCount,
		waitlistCount: c.waitlistCount,
		pendingSubmissions: c.pendingSubmissions,
		nextSession: c.nextSession ? { startsAt: c.nextSession.startsAt, topic: c.nextSession.topic } : null
	}));
	return { classes };
};
