import { api } from '$lib/server/api';
import { failLoad, requireEditor } from '$lib/server/newsroom';
import { isRegion, isSourceState, pageOf, pageParam, shorten } from '$lib/newsroom';
import type { PageServerLoad } from './$types';

/** Rows a page shows: the shipped list alone is 45 sources, and the page must stay light on a phone. */
const PAGE_SIZE = 30;

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const q = event.url.searchParams;
	const asked = { state: q.get('estado') ?? 'all', region: q.get('zona') ?? '' };
	const filters = { state: isSourceState(asked.state) ? asked.state : 'all', region: isRegion(asked.region) ? asked.region : '' };
	const res = await api(event).get('/api/news/sources');
	if (!res.ok) failLoad(event, res);
	const { state, region } = filters;
	const matching = res.data.filter(
		(s) =>
			(!region || s.region === region) &&
			(state === 'active' ? s.active : state === 'inactive' ? !s.active : state === 'failing' ? s.consecutiveFailures > 0 : state === 'flagged' ? s.flagged : true)
	);
	// The API lists the failing ones first.
	const shown = pageOf(matching, pageParam(q.get('pagina')), PAGE_SIZE);
	// Only what the table shows; a long error is cut here, the source's own page has all of it.
	return {
		filters,
		total: matching.length,
		page: shown.page,
		pages: shown.pages,
		sources: shown.items.map((s) => ({
			id: s.id,
			name: s.name,
			hasFeed: s.feedUrl !== null,
			region: s.region,
			tier: s.tier,
			active: s.active,
			lastSuccessAt: s.lastSuccessAt,
			failures: s.consecutiveFailures,
			flagged: s.flagged,
			lastError: s.lastError ? shorten(s.lastError) : null
		}))
	};
};
