import { fail } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/**
 * The visible link of a notification email. Opening it changes nothing (mail scanners follow links);
 * the button POSTs. No login needed: the token says whose emails and which kind.
 */
export const load: PageServerLoad = async (event) => {
	const token = event.url.searchParams.get('token') ?? '';
	if (!token) return { token: '', info: null, message: null };
	const res = await api(event).get('/api/notifications/unsubscribe', { query: { token } });
	if (!res.ok) return { token, info: null, message: res.error.message };
	return { token, info: res.data, message: null };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const token = data.get('token');
		if (typeof token !== 'string' || !token) return fail(400, { done: null, message: null });
		const res = await api(event).post('/api/notifications/unsubscribe', undefined, { query: { token } });
		if (!res.ok) return fail(res.status, { done: null, message: res.error.message });
		return { done: res.data, message: null };
	}
};
