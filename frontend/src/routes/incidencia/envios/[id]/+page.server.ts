import { fail, redirect } from '@sveltejs/kit';
import { isChannel } from '$lib/advocacy';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import {
	apiErrors,
	checkReply,
	failAccess,
	failLoad,
	readReplyForm,
	replyInstant,
	REPLY_FIELDS,
	requireAdvocate,
	requireUuid,
	todayInMadrid
} from '$lib/server/advocacy';
import { errs, hasErrors, text } from '$lib/server/forms';
import { isUuid } from '$lib/server/page-errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function send(event: RequestEvent, id: string) {
	const res = await api(event).get('/api/sends/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	return res.data;
}

const answerable = (status: string) => status === 'sent' || status === 'replied';
const retryable = (status: string) => status === 'failed' || status === 'bounced';

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const id = requireUuid(event, event.params.id);
	const s = await send(event, id);
	const q = event.url.searchParams;
	const param = (name: string) => {
		const v = q.get(name);
		return v && isUuid(v) ? v.toLowerCase() : null;
	};
	const deliveries = s.deliveries.map((d) => ({
		id: d.id,
		name: d.name,
		position: d.position,
		institution: d.institution,
		email: d.email,
		status: d.status,
		attempts: d.attempts,
		nextAttemptAt: d.nextAttemptAt,
		lastError: d.lastError,
		smtpResponse: d.smtpResponse,
		sentAt: d.sentAt,
		replies: d.replies.map((r) => ({ id: r.id, receivedAt: r.receivedAt, channel: r.channel, summary: r.summary, url: r.url, recordedBy: r.recordedBy }))
	}));
	// The delivery whose reply form is open (?responder=<id>: a link in its row, so it works without JavaScript).
	const answering = deliveries.find((d) => d.id === param('responder') && answerable(d.status)) ?? null;
	const name = (key: string) => deliveries.find((d) => d.id === param(key))?.institution ?? null;
	return {
		send: {
			id: s.id,
			briefId: s.briefId,
			briefTitle: s.briefTitle,
			version: s.version,
			subject: s.subject,
			createdBy: s.createdBy,
			createdAt: s.createdAt,
			total: s.total,
			counts: s.counts,
			finished: s.finished
		},
		deliveries,
		answering: answering ? { id: answering.id, name: answering.name, institution: answering.institution } : null,
		today: todayInMadrid(),
		flash: { sent: q.get('enviado') === '1', retried: name('reintentado'), replied: name('respuesta') }
	};
};

export const actions: Actions = {
	reintentar: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const deliveryId = text(await event.request.formData(), 'deliveryId');
		// Only a delivery of this send, as listed on the page.
		const s = await send(event, id);
		if (!s.deliveries.some((d) => d.id === deliveryId && retryable(d.status))) {
			return fail(409, { action: 'reintentar' as const, deliveryId: null, values: null, fieldErrors: errs(), message: t(event.locals.locale, 'adv.v.notRetryable') });
		}
		const res = await api(event).post('/api/deliveries/{id}/retry', undefined, { params: { id: deliveryId } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'reintentar' as const, deliveryId: null, values: null, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/incidencia/envios/${id}?reintentado=${deliveryId}#entregas`);
	},

	responder: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const deliveryId = text(data, 'deliveryId');
		const values = readReplyForm(data);
		const s = await send(event, id);
		if (!s.deliveries.some((d) => d.id === deliveryId && answerable(d.status))) {
			return fail(409, { action: 'responder' as const, deliveryId: null, values, fieldErrors: errs(), message: t(locale, 'adv.v.notAnswerable') });
		}
		const fieldErrors = checkReply(locale, values, todayInMadrid());
		const receivedAt = replyInstant(values.receivedOn);
		if (hasErrors(fieldErrors) || !receivedAt) return fail(400, { action: 'responder' as const, deliveryId, values, fieldErrors, message: null });

		const channel = isChannel(values.channel) ? values.channel : 'other';
		const res = await api(event).post('/api/deliveries/{id}/replies', { receivedAt, channel, summary: values.summary, url: values.url || null }, { params: { id: deliveryId } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'responder' as const, deliveryId, values, ...apiErrors(locale, res, REPLY_FIELDS) });
		}
		redirect(303, `/incidencia/envios/${id}?respuesta=${deliveryId}#respuestas`);
	}
};
