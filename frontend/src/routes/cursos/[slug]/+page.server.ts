import { error } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const client = api(event);
	const slug = event.params.slug;
	const [res, classes] = await Promise.all([
		client.get('/api/courses/{slug}', { params: { slug } }),
		client.get('/api/classes', { query: { course: slug, upcoming: 'true' } })
	]);
	if (!res.ok) error(res.status >= 500 ? 502 : res.status, res.error.message);
	// The course still reads when its classes cannot be listed right now: the page says so instead.
	return { course: res.data, classes: classes.ok ? classes.data.filter((c) => !c.ended) : null };
};
