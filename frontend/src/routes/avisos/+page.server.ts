import { fail } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { errs } from '$lib/server/forms';
import { failLoad } from '$lib/server/learning';
import { requireUser, safeNext } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

function pageOf(url: URL): number {
	const raw = url.searchParams.get('pagina');
	const n = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
	return n >= 1 ? n : 1;
}

/** The notification centre: newest first, 20 a page. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	event.depends('app:notifications');
	const res = await api(event).get('/api/notifications', { query: { page: pageOf(event.url) } });
	if (!res.ok) failLoad(event, res);
	return {
		list: {
			...res.data,
			// Only paths inside Puente become links (the API keeps them so; this is the second lock).
			items: res.data.items.map((n) => ({ ...n, link: safeNext(n.link) ?? '/avisos' }))
		}
	};
};

export const actions: Actions = {
	todos: async (event) => {
		requireUser(event);
		const res = await api(event).post('/api/notifications/read-all');
		if (!res.ok) return fail(res.status, { action: 'todos' as const, fieldErrors: errs(), message: res.error.message });
		return { action: 'todos' as const, fieldErrors: errs(), message: null };
	},
	leido: async (event) => {
		requireUser(event);
		const data = await event.request.formData();
		const id = data.get('id');
		if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return fail(400, { action: 'leido' as const, fieldErrors: errs(), message: null });
		const res = await api(event).post('/api/notifications/{id}/read', undefined, { params: { id } });
		if (!res.ok) return fail(res.status, { action: 'leido' as const, fieldErrors: errs(), message: res.error.message });
		return { action: 'leido' as const, fieldErrors: errs(), message: null };
	}
};
