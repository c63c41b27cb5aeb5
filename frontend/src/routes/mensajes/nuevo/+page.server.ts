import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, text } from '$lib/server/forms';
import { noStore } from '$lib/server/forum';
import { sendMessage } from '$lib/server/messages';
import { failLoad, isUuid } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

/**
 * A new conversation with `?para=<userId>` (from a blog author's page): their name, the thread you may
 * already share, and the form. Without `para`, how to start one.
 */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	noStore(event);
	const to = event.url.searchParams.get('para');
	if (to === null) return { contact: null, self: false };
	if (!isUuid(to)) error(404, t(event.locals.locale, 'error.404'));
	if (to === event.locals.user?.id) return { contact: null, self: true };
	const res = await api(event).get('/api/messages/contacts/{userId}', { params: { userId: to } });
	if (!res.ok) failLoad(event, res);
	return { contact: res.data, self: false };
};

export const actions: Actions = {
	default: async (event) => {
		requireUser(event);
		const to = event.url.searchParams.get('para');
		if (!to || !isUuid(to)) error(404, t(event.locals.locale, 'error.404'));
		const data = await event.request.formData();
		const sent = await sendMessage(event, { toUserId: to }, text(data, 'body'));
		if (!sent.ok) return fail(sent.status, { body: sent.body, fieldErrors: sent.fieldErrors ?? errs(), message: sent.message });
		redirect(303, `/mensajes/${sent.threadId}?hecho=enviado#m-${sent.messageId}`);
	}
};
