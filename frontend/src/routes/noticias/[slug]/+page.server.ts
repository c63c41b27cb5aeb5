import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { plainText } from '$lib/news';
import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

/** What the API makes of a title: lower-case ASCII words joined by hyphens, then 8 hex of the id. */
const NEWS_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const load: PageServerLoad = async (event) => {
	const slug = event.params.slug;
	if (!NEWS_SLUG.test(slug) || slug.length > 80) error(404, t(event.locals.locale, 'error.404'));
	const res = await api(event).get('/api/news/{slug}', { params: { slug } });
	if (!res.ok) failLoad(event, res);
	// For link previews (news links are often shared in messaging apps) and search engines.
	return { item: res.data, description: plainText(res.data.summaryHtml, 300) };
};
