import type { RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { BODY_MAX } from '$lib/messages';
import { api } from './api';
import { apiErrors } from './advocacy';
import type { FieldErrors } from './forms';
import { failSession } from './page-errors';
import { cleanText } from './teaching';

export type SendTarget = { toUserId: string } | { threadId: string } | { questionId: string };

export type SendOutcome = { ok: true; threadId: string; messageId: string } | { ok: false; status: number; body: string; fieldErrors: FieldErrors; message: string | null };

/**
 * Sends a private message from a form: checks the text, then the API; a lost session goes to the login page.
 * A refusal comes back with the text as written, its field's problem in the reader's language, or the API's
 * own message (blocked, "nobody", new-account limits…).
 */
export async function sendMessage(event: RequestEvent, target: SendTarget, raw: string): Promise<SendOutcome> {
	const locale = event.locals.locale;
	const body = cleanText(raw);
	if (!body || body.length > BODY_MAX) return { ok: false, status: 400, body: raw, fieldErrors: { body: t(locale, 'msg.v.body') }, message: null };
	const res = await api(event).post('/api/messages', { ...target, body });
	if (res.ok) return { ok: true, threadId: res.data.threadId, messageId: res.data.message.id };
	failSession(event, res);
	const problem = apiErrors(locale, res, { body: { field: 'body', key: 'msg.v.body' } });
	return { ok: false, status: res.status >= 500 ? 503 : res.status, body: raw, ...problem };
}
