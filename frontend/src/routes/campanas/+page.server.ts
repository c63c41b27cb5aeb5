import { error } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const res = await api(event).get('/api/campaigns');
	if (!res.ok) error(res.status >= 500 ? 502 : res.status, res.error.message);
	// Open first, then closed (the API's order, newest first within each).
	const campaigns = res.data.map((c) => ({
		slug: c.slug,
		title: c.title,
		summary: c.summary,
		locale: c.locale,
		status: c.status,
		audiences: c.audiences,
		signatureCount: c.signatureCount,
		recipientCount: c.recipientCount
	}));
	return { open: campaigns.filter((c) => c.status === 'published'), closed: campaigns.filter((c) => c.status === 'closed') };
};
