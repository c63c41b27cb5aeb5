import { api } from '$lib/server/api';
import { noStore } from '$lib/server/forum';
import { failLoad } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	// The one list that ties a person to their anonymous questions: for their eyes and browser only.
	noStore(event);
	const res = await api(event).get('/api/forum/questions/mine');
	if (!res.ok) failLoad(event, res);
	return { questions: res.data, held: event.url.searchParams.get('hecho') === 'retenida' };
};
