import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

const ORDER = { active: 0, waitlisted: 1, completed: 2, withdrawn: 3, removed: 4 } as const;

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const res = await api(event).get('/api/me/enrolments');
	if (!res.ok) failLoad(event, res);
	// What needs doing first: classes in progress, then the waitlist, then finished ones (the API's order within each).
	const enrolments = res.data.map((e, i) => ({ e, i })).sort((a, b) => ORDER[a.e.status] - ORDER[b.e.status] || a.i - b.i).map(({ e }) => e);
	return { enrolments };
};
