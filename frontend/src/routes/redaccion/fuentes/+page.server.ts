import { api } from '$lib/server/api';
import { failLoad, requireEditor } from '$lib/server/newsroom';
import { isSourceState, shorten } from '$lib/newsroom';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const asked = event.url.searchParams.get('estado') ?? 'all';
	const state = isSourceState(asked) ? asked : 'all';
	const res = await api(event).get('/api/news/sources');
	if (!res.ok) failLoad(event, res);
	const shown = res.data.filter((s) =>
		state === 'active' ? s.active : state === 'inactive' ? !s.active : state === 'failing' ? s.consecutiveFailures > 0 : state === 'flagged' ? s.flagged : true
	);
	// Only what the table shows (the API lists the failing ones first); a long error is cut, its page has all of it.
	return {
		state,
		total: res.data.length,
		sources: shown.map((s) => ({
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
