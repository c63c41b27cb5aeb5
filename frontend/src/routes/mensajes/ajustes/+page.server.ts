import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { isWhoCanMessage } from '$lib/messages';
import { api } from '$lib/server/api';
import { errs, text } from '$lib/server/forms';
import { noStore } from '$lib/server/forum';
import { failLoad, isUuid, failSession } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['ajustes', 'desbloqueado'] as const;
type Flash = (typeof FLASHES)[number];

/** Who may write to me, and whom I blocked (by name, or by the pseudonym of the thread I blocked). */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	noStore(event);
	const [settings, blocks] = await Promise.all([api(event).get('/api/messages/settings'), api(event).get('/api/messages/blocks')]);
	if (!settings.ok) failLoad(event, settings);
	if (!blocks.ok) failLoad(event, blocks);
	const flash = event.url.searchParams.get('hecho');
	return {
		whoCanMessage: settings.data.whoCanMessage,
		blocks: blocks.data,
		flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null
	};
};

export const actions: Actions = {
	quien: async (event) => {
		requireUser(event);
		const who = text(await event.request.formData(), 'whoCanMessage');
		if (!isWhoCanMessage(who)) return fail(400, { action: 'quien' as const, fieldErrors: errs({ whoCanMessage: t(event.locals.locale, 'msg.settings.whoInvalid') }), message: null });
		const res = await api(event).put('/api/messages/settings', { whoCanMessage: who });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status >= 500 ? 503 : res.status, { action: 'quien' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, '/mensajes/ajustes?hecho=ajustes');
	},

	desbloquear: async (event) => {
		requireUser(event);
		const data = await event.request.formData();
		const userId = text(data, 'userId');
		const threadId = text(data, 'threadId');
		let res;
		if (isUuid(userId)) res = await api(event).delete('/api/messages/blocks/{userId}', { params: { userId } });
		else if (isUuid(threadId)) res = await api(event).delete('/api/messages/threads/{id}/block', { params: { id: threadId } });
		else error(404, t(event.locals.locale, 'error.404'));
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status >= 500 ? 503 : res.status, { action: 'desbloquear' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, '/mensajes/ajustes?hecho=desbloqueado#bloqueos');
	}
};
