import { error } from '@sveltejs/kit';
import { isBlogLanguage } from '$lib/blog';
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
	// An unknown filter value (an old or mistyped link) is no filter, as in the forum and the news.
	const rawTag = params.get('tema');
	const rawLang = params.get('idioma');
	const tag = isTag(rawTag) ? rawTag : undefined;
	const lang = isBlogLanguage(rawLang) ? rawLang : undefined;
	const rawPage = params.get('pagina');
	if (rawPage !== null && (!PAGE.test(rawPage) || Number(rawPage) > 500)) error(404, t(locale, 'error.404'));
	const page = rawPage ? Number(rawPage) : 1;
	const res = await api(event).get('/api/blog/posts', { query: { tag, lang, page } });
	if (!res.ok) failLoad(event, res);
	if (page > 1 && res.data.items.length === 0) error(404, t(locale, 'error.404'));
	const done = params.get('hecho');
	const flash: 'borrada' | 'oculta' | null = done === 'borrada' || done === 'oculta' ? done : null;
	return { posts: res.data, filters: { tag, lang }, flash };
};
