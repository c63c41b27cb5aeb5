import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api, type ApiError } from '$lib/server/api';
import { noStore } from '$lib/server/forum';
import { classId, failLoad, isUuid } from '$lib/server/learning';
import { failSession } from '$lib/server/page-errors';
import { text } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['enviado', 'borrado', 'silenciado', 'permitido'] as const;
type Flash = (typeof FLASHES)[number];
const BODY_MAX = 1000;

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const id = classId(event);
	const raw = event.url.searchParams.get('antes');
	const before = raw && /^\d{1,10}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
	const res = await api(event).get('/api/classes/{id}/chat', { params: { id }, query: before ? { before } : {} });
	if (!res.ok) failLoad(event, res);
	// Who reads decides what the page shows (their own messages, the trainer's tools): never a shared cache.
	noStore(event);
	const flash = event.url.searchParams.get('hecho');
	return {
		room: res.data,
		before: before ?? null,
		flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null
	};
};

const here = (id: string, flash: Flash, anchor = '#enviar') => `/clases/${id}/chat?hecho=${flash}${anchor}`;

/** An action's API failure: a lost session goes to the login page; anything else is shown on the page. */
function failWith<T extends object>(event: RequestEvent, res: { status: number; error: ApiError }, extra: T) {
	failSession(event, res);
	return fail(res.status, { message: res.error.message as string | null, ...extra });
}

export const actions: Actions = {
	enviar: async (event) => {
		requireUser(event);
		const id = classId(event);
		const locale = event.locals.locale;
		const body = cleanText(text(await event.request.formData(), 'body'));
		if (!body) return fail(400, { action: 'enviar' as const, body, bodyError: t(locale, 'chat.bodyRequired'), message: null });
		if (body.length > BODY_MAX) return fail(400, { action: 'enviar' as const, body, bodyError: t(locale, 'chat.bodyTooLong'), message: null });
		const res = await api(event).post('/api/classes/{id}/chat/messages', { body }, { params: { id } });
		if (!res.ok) {
			// The API's own words for the field (empty, too long, a word not allowed), already in the reader's language.
			const bodyError = res.error.fieldErrors.body ?? null;
			return failWith(event, res, { action: 'enviar' as const, body, bodyError, ...(bodyError ? { message: null } : {}) });
		}
		redirect(303, `/clases/${id}/chat?hecho=enviado#m-${res.data.seq}`);
	},

	borrar: async (event) => {
		requireUser(event);
		const id = classId(event);
		const seq = text(await event.request.formData(), 'seq');
		if (!/^\d{1,10}$/.test(seq)) return fail(400, { action: 'moderar' as const, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).delete('/api/classes/{id}/chat/messages/{seq}', { params: { id, seq: Number(seq) } });
		if (!res.ok) return failWith(event, res, { action: 'moderar' as const });
		redirect(303, here(id, 'borrado', `#m-${seq}`));
	},

	silenciar: async (event) => {
		requireUser(event);
		const id = classId(event);
		const userId = text(await event.request.formData(), 'userId');
		if (!isUuid(userId)) return fail(400, { action: 'moderar' as const, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).put('/api/classes/{id}/chat/mutes/{userId}', undefined, { params: { id, userId } });
		if (!res.ok) return failWith(event, res, { action: 'moderar' as const });
		redirect(303, here(id, 'silenciado', '#silenciadas'));
	},

	permitir: async (event) => {
		requireUser(event);
		const id = classId(event);
		const userId = text(await event.request.formData(), 'userId');
		if (!isUuid(userId)) return fail(400, { action: 'moderar' as const, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).delete('/api/classes/{id}/chat/mutes/{userId}', { params: { id, userId } });
		if (!res.ok) return failWith(event, res, { action: 'moderar' as const });
		redirect(303, here(id, 'permitido', '#silenciadas'));
	}
};
