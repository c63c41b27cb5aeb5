import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { failLoad, uuidOr404 } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

const PAGE = /^[1-9]\d{0,2}$/;

export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const id = uuidOr404(event, event.params.id);
	const rawPage = event.url.searchParams.get('pagina');
	if (rawPage !== null && (!PAGE.test(rawPage) || Number(rawPage) > 500)) error(404, t(locale, 'error.404'));
	const page = rawPage ? Number(rawPage) : 1;
	const res = await api(event).get('/api/blog/posts', { query: { author: id, page } });
	if (!res.ok) failLoad(event, res);
	if (page > 1 && res.data.items.length === 0) error(404, t(locale, 'error.404'));
	return { posts: res.data, author: res.data.author ?? { id, name: '' } };
};
