import { error } from '@sveltejs/kit';
import { isCategorySlug, isCountry, isStatus } from '$lib/forum';
import { t } from '$lib/i18n';
import { isTag } from '$lib/news';
import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

/** The API serves pages 1 to 500. */
const PAGE = /^[1-9]\d{0,2}$/;

export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const params = event.url.searchParams;
	// An unknown filter value (an old or mistyped link) is no filter, as in the news list.
	const rawCategory = params.get('categoria');
	const rawStatus = params.get('estado');
	const rawCountry = params.get('pais');
	const rawTag = params.get('tema');
	const status = isStatus(rawStatus) ? rawStatus : undefined;
	const country = isCountry(rawCountry) ? rawCountry : undefined;
	const tag = isTag(rawTag) ? rawTag : undefined;
	const q = (params.get('q') ?? '').trim().replace(/\s+/g, ' ').slice(0, 200);
	const rawPage = params.get('pagina');
	if (rawPage !== null && (!PAGE.test(rawPage) || Number(rawPage) > 500)) error(404, t(locale, 'error.404'));
	const page = rawPage ? Number(rawPage) : 1;

	const client = api(event);
	const categories = await client.get('/api/forum/categories');
	if (!categories.ok) failLoad(event, categories);
	const category = isCategorySlug(rawCategory) && categories.data.some((c) => c.slug === rawCategory) ? rawCategory : undefined;

	const res = await client.get('/api/forum/questions', { query: { category, status, country, tag, q: q || undefined, page } });
	if (!res.ok) failLoad(event, res);
	// A page past the end of the list does not exist.
	if (page > 1 && res.data.items.length === 0) error(404, t(locale, 'error.404'));
	// After a report that hid a question, its reporter lands here (the question is no longer shown to them).
	const hidden = params.get('hecho') === 'oculta';
	return { categories: categories.data, questions: res.data, filters: { q, category, status, country, tag }, hidden };
};
