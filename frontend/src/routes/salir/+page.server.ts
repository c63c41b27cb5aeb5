import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/session';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		if (event.cookies.get(SESSION_COOKIE)) {
			const res = await api(event).post('/api/auth/logout');
			if (!res.ok) console.warn(`Logout failed at the API: ${res.status} ${res.error.message}`);
		}
		clearSessionCookie(event.cookies, event.url);
		event.locals.user = null;
		redirect(303, '/');
	}
};
