import { api } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

/** The unread count for the header: one indexed count, and only for a logged-in person. */
export const load: LayoutServerLoad = async (event) => {
	const { locals } = event;
	event.depends('app:notifications');
	let unread: number | null = null;
	if (locals.user) {
		const res = await api(event).get('/api/notifications/unread-count');
		if (res.ok) unread = res.data.unread;
	}
	return { locale: locals.locale, user: locals.user, unread };
};
