import { api } from '$lib/server/api';
import { failLoad, requireForumDesk } from '$lib/server/forum-desk';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireForumDesk(event);
	const res = await api(event).get('/api/forum/metrics');
	if (!res.ok) failLoad(event, res);
	return { metrics: res.data };
};
