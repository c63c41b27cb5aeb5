import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const res = await api(event).get('/api/news/sources/public');
	if (!res.ok) failLoad(event, res);
	// Already in the API's order: by region, then tier, then name.
	return { sources: res.data };
};
