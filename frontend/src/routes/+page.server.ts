import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/**
 * A few open campaigns and the latest news for the home page's short sections (without them, each section
 * still links to its full list).
 */
export const load: PageServerLoad = async (event) => {
	const client = api(event);
	const [campaigns, news] = await Promise.all([client.get('/api/campaigns', { query: { status: 'published' } }), client.get('/api/news')]);
	return {
		campaigns: campaigns.ok ? campaigns.data.slice(0, 3).map((c) => ({ slug: c.slug, title: c.title, locale: c.locale })) : [],
		news: news.ok
			? news.data.items.slice(0, 5).map((n) => ({ slug: n.slug, title: n.title, language: n.language, publishedAt: n.publishedAt, source: n.source, verified: n.verified }))
			: []
	};
};
