import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { isLegalSlug } from '$lib/legal';
import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const slug = event.params.slug;
	if (!isLegalSlug(slug)) error(404, t(event.locals.locale, 'error.404'));
	const res = await api(event).get('/api/legal/topics/{slug}', { params: { slug } });
	if (!res.ok) failLoad(event, res);
	return { topic: res.data };
};
