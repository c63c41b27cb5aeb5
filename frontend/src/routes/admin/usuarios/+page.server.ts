import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { isRole, type Role } from '$lib/roles';
import { api } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;

function requireAdmin(event: Parameters<typeof requireUser>[0]) {
	const user = requireUser(event);
	if (!user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const rawPage = Number(event.url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 10_000 ? rawPage : 1;

	const res = await api(event).get('/api/admin/users', { query: { q: q || undefined, page, pageSize: PAGE_SIZE } });
	if (!res.ok) {
		if (res.status === 401) redirect(303, `/entrar?next=${encodeURIComponent('/admin/usuarios')}`);
		error(res.status >= 500 ? 502 : res.status, res.status === 403 ? t(event.locals.locale, 'error.403') : res.error.message);
	}
	return { q, list: res.data };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireAdmin(event);
		const data = await event.request.formData();
		const id = text(data, 'id');
		// learner is always kept (its checkbox is disabled, so it is never submitted).
		const roles: Role[] = ['learner', ...data.getAll('roles').filter(isRole).filter((r) => r !== 'learner')];

		const res = await api(event).patch('/api/admin/users/{id}', { roles: [...new Set(roles)] }, { params: { id } });
		if (!res.ok) return fail(res.status, { userId: id, ok: false, message: res.error.message });

		if (res.data.id === admin.id) {
			event.locals.user = res.data;
			// An admin who just removed their own admin role can no longer see this page.
			if (!res.data.roles.includes('admin')) redirect(303, '/cuenta');
		}
		return { userId: id, ok: true, message: t(event.locals.locale, 'admin.saved', { name: res.data.displayName }) };
	}
};
