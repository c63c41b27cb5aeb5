import { error } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const res = await api(event).get('/api/courses/{slug}', { params: { slug: event.params.slug } });
	if (!res.ok) error(res.status >= 500 ? 502 : res.status, res.error.message);
	return { course: res.data };
};
