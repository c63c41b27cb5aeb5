import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { pageOf, pageParam } from '$lib/newsroom';
import { api } from '$lib/server/api';
import { text, type FieldErrors } from '$lib/server/forms';
import { checkCredential, cleanCredential, failAccess, failLoad, requireAdmin } from '$lib/server/forum-desk';
import { isUuid } from '$lib/server/page-errors';
import type { Actions, PageServerLoad } from './$types';

/** Rows a page shows: each comes with its form, and the page must stay small. */
const PAGE_SIZE = 20;
const FLASHES = ['guardada', 'retirada'] as const;
type Flash = (typeof FLASHES)[number];

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const res = await api(event).get('/api/forum/counsellors');
	if (!res.ok) failLoad(event, res);
	const q = event.url.searchParams;
	const done = q.get('hecho');
	const who = res.data.find((c) => c.userId === q.get('persona'));
	const shown = pageOf(res.data, pageParam(q.get('pagina')), PAGE_SIZE);
	return {
		counsellors: shown.items,
		total: res.data.length,
		page: shown.page,
		pages: shown.pages,
		flash: who && (FLASHES as readonly string[]).includes(done ?? '') ? { kind: done as Flash, name: who.displayName } : null
	};
};

export const actions: Actions = {
	/** Sets a counsellor's credential line ("Guardar") or removes it ("Quitar la credencial"). */
	credencial: async (event) => {
		requireAdmin(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const userId = text(data, 'userId').toLowerCase();
		const remove = text(data, 'do') === 'remove';
		const credential = cleanCredential(text(data, 'credential'));
		if (!isUuid(userId)) return fail(400, { userId: null, credential, fieldErrors: {} as FieldErrors, message: t(locale, 'form.genericError') });
		const field = `cred-${userId}`;
		const bad = remove ? null : checkCredential(locale, credential);
		if (bad) return fail(400, { userId, credential, fieldErrors: { [field]: bad } as FieldErrors, message: null });

		const res = await api(event).put('/api/forum/counsellors/{userId}', { credential: remove ? null : credential }, { params: { userId } });
		if (!res.ok) {
			failAccess(event, res);
			// 409: the account no longer has the counsellor role; 404: it is gone.
			const apiField = res.error.fieldErrors.credential;
			return fail(res.status, { userId, credential, fieldErrors: (apiField ? { [field]: apiField } : {}) as FieldErrors, message: apiField ? null : res.error.message });
		}
		const page = pageParam(event.url.searchParams.get('pagina'));
		redirect(303, `/admin/asesoria?${page > 1 ? `pagina=${page}&` : ''}hecho=${remove ? 'retirada' : 'guardada'}&persona=${userId}#c-${userId}`);
	}
};
