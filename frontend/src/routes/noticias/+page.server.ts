import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { isRegion, isTag } from '$lib/news';
import { api } from '$lib/server/api';
import { failLoad, isUuid } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

/** The API serves pages 1 to 500. */
const PAGE = /^[1-9]\d{0,2}$/;

export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const params = event.url.searchParams;
	// An unknown region or topic (an old or mistyped link) is no filter, as in the course catalogue.
	const rawRegion = params.get('region');
	const region = isRegion(rawRegion) ? rawRegion : undefined;
	const rawTag = params.get('tema');
	const tag = isTag(rawTag) ? rawTag : undefined;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	const rawSource = params.get('fuente') ?? '';
	const source = isUuid(rawSource) ? rawSource.toLowerCase() : undefined;
	const rawPage = params.get('pagina');
	if (rawPage !== null && (!PAGE.test(rawPage) || Number(rawPage) > 500)) error(404, t(locale, 'error.404'));
	const page = rawPage ? Number(rawPage) : 1;

	const client = api(event);
	const [res, sources] = await Promise.all([
		client.get('/api/news', { query: { region, tag, q: q || undefined, source, page } }),
		// Only to name the source when the list is one source's news (a link from the sources page).
		source ? client.get('/api/news/sources/public') : null
	]);
	if (!res.ok) failLoad(event, res);
	// A page past the end of the list does not exist.
	if (page > 1 && res.data.items.length === 0) error(404, t(locale, 'error.404'));
	let sourceName: string | null = null;
	if (sources) {
		if (!sources.ok) failLoad(event, sources);
		sourceName = sources.data.find((s) => s.id === source)?.name ?? null;
		if (sourceName === null) error(404, t(locale, 'error.404'));
	}
	return { news: res.data, filters: { region, tag, q, source }, sourceName };
};
