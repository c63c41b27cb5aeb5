import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { INBOX_PAGE_SIZE } from '$lib/messages';
import { api } from '$lib/server/api';
import { noStore } from '$lib/server/forum';
import { failLoad } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

const PAGE = /^[1-9]\d{0,2}$/;

/** The inbox: the API gives every conversation, newest activity first; shown 20 a page. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	noStore(event);
	const raw = event.url.searchParams.get('pagina');
	if (raw !== null && !PAGE.test(raw)) error(404, t(event.locals.locale, 'error.404'));
	const page = raw ? Number(raw) : 1;
	const res = await api(event).get('/api/messages/threads');
	if (!res.ok) failLoad(event, res);
	const all = res.data;
	const items = all.slice((page - 1) * INBOX_PAGE_SIZE, page * INBOX_PAGE_SIZE);
	if (page > 1 && items.length === 0) error(404, t(event.locals.locale, 'error.404'));
	return {
		items,
		page,
		hasMore: all.length > page * INBOX_PAGE_SIZE,
		totalUnread: all.reduce((n, th) => n + th.unread, 0)
	};
};
