import { api } from '$lib/server/api';
import { failLoad, requireEditor } from '$lib/server/newsroom';
import { isEditorialStatus, pageOf, pageParam } from '$lib/newsroom';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 30;

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const q = event.url.searchParams;
	const asked = q.get('estado');
	const status = isEditorialStatus(asked) ? asked : '';
	// The API answers the 200 most recently changed; newest first.
	const res = await api(event).get('/api/news/editorial', { query: { status: status || undefined } });
	if (!res.ok) failLoad(event, res);
	const shown = pageOf(res.data, pageParam(q.get('pagina')), PAGE_SIZE);
	return {
		status,
		total: res.data.length,
		page: shown.page,
		pages: shown.pages,
		items: shown.items.map((i) => ({ id: i.id, title: i.title, status: i.status, authorName: i.authorName, updatedAt: i.updatedAt, returned: i.status === 'draft' && i.reviewNote !== null }))
	};
};
