import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** A few open campaigns for the home page's short section (without them, the section still links to all). */
export const load: PageServerLoad = async (event) => {
	const res = await api(event).get('/api/campaigns', { query: { status: 'published' } });
	return { campaigns: res.ok ? res.data.slice(0, 3).map((c) => ({ slug: c.slug, title: c.title, locale: c.locale })) : [] };
};
