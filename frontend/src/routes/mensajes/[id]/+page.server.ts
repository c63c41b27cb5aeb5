import { error, fail, redirect } from '@sveltejs/kit';
import { isReportReason } from '$lib/forum';
import { t } from '$lib/i18n';
import { MESSAGE_REPORT_REASONS, THREAD_PAGE_SIZE } from '$lib/messages';
import { api } from '$lib/server/api';
import { errs, text } from '$lib/server/forms';
import { noStore } from '$lib/server/forum';
import { sendMessage } from '$lib/server/messages';
import { failLoad, isUuid, uuidOr404, failSession } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['enviado', 'denunciado', 'oculto', 'bloqueado', 'desbloqueado'] as const;
type Flash = (typeof FLASHES)[number];

/** A thread: the newest messages, or those before `?antes=`. Reading it marks it read (the API does). */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	noStore(event);
	const id = uuidOr404(event, event.params.id);
	const before = event.url.searchParams.get('antes');
	if (before !== null && !isUuid(before)) error(404, t(event.locals.locale, 'error.404'));
	const res = await api(event).get('/api/messages/threads/{id}', { params: { id }, query: { limit: THREAD_PAGE_SIZE, ...(before ? { before } : {}) } });
	if (!res.ok) failLoad(event, res);
	// Read now: the header's counts, fetched alongside this page, may still count this thread.
	const [messages, notifications] = await Promise.all([api(event).get('/api/messages/unread-count'), api(event).get('/api/notifications/unread-count')]);
	const report = event.url.searchParams.get('denunciar');
	const flash = event.url.searchParams.get('hecho');
	return {
		detail: res.data,
		before,
		reportId: report && res.data.messages.some((m) => m.id === report && !m.mine && !m.hidden) ? report : null,
		flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null,
		...(messages.ok ? { messagesUnread: messages.data.unread } : {}),
		...(notifications.ok ? { unread: notifications.data.unread } : {})
	};
};

const here = (id: string, flash: Flash, anchor = '') => `/mensajes/${id}?hecho=${flash}${anchor}`;

export const actions: Actions = {
	responder: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const data = await event.request.formData();
		const sent = await sendMessage(event, { threadId: id }, text(data, 'body'));
		if (!sent.ok) return fail(sent.status, { action: 'responder' as const, body: sent.body, fieldErrors: sent.fieldErrors, message: sent.message });
		redirect(303, here(id, 'enviado', `#m-${sent.messageId}`));
	},

	denunciar: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const messageId = text(data, 'messageId');
		const reason = text(data, 'reason');
		const note = cleanText(text(data, 'note'));
		if (!isUuid(messageId)) error(404, t(locale, 'error.404'));
		const fieldErrors = errs();
		const validReason = isReportReason(reason) && MESSAGE_REPORT_REASONS.includes(reason);
		if (!validReason) fieldErrors.reason = t(locale, 'msg.v.reason');
		if (note.length > 1000) fieldErrors.note = t(locale, 'msg.v.note');
		if (!validReason || note.length > 1000) return fail(400, { action: 'denunciar' as const, messageId, reason, note, fieldErrors, message: null });
		const res = await api(event).post('/api/forum/posts/{id}/reports', { reason, ...(note ? { note } : {}) }, { params: { id: messageId } });
		if (!res.ok) {
			failSession(event, res);
			// 409: already reported by this person; the API says so in their language.
			return fail(res.status >= 500 ? 503 : res.status, { action: 'denunciar' as const, messageId, reason, note, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, here(id, res.data.hidden ? 'oculto' : 'denunciado', `#m-${messageId}`));
	},

	bloquear: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const res = await api(event).post('/api/messages/threads/{id}/block', undefined, { params: { id } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status >= 500 ? 503 : res.status, { action: 'bloquear' as const, message: res.error.message });
		}
		redirect(303, here(id, 'bloqueado', '#bloquear'));
	},

	desbloquear: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const res = await api(event).delete('/api/messages/threads/{id}/block', { params: { id } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status >= 500 ? 503 : res.status, { action: 'bloquear' as const, message: res.error.message });
		}
		redirect(303, here(id, 'desbloqueado', '#responder'));
	}
};
