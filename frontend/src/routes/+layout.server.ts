import { api } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

/** The unread counts for the header (notifications, private messages): indexed counts, only for a logged-in person. */
export const load: LayoutServerLoad = async (event) => {
	const { locals } = event;
	event.depends('app:notifications');
	let unread: number | null = null;
	let messagesUnread: number | null = null;
	if (locals.user) {
		const [res, messages] = await Promise.all([api(event).get('/api/notifications/unread-count'), api(event).get('/api/messages/unread-count')]);
		if (res.ok) unread = res.data.unread;
		if (messages.ok) messagesUnread = messages.data.unread;
	}
	return { locale: locals.locale, user: locals.user, unread, messagesUnread };
};
