import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const res = await api(event).get('/api/legal/matrix');
	if (!res.ok) failLoad(event, res);
	return { matrix: res.data };
};
