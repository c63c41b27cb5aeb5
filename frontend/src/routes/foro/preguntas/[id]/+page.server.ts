import { fail, redirect } from '@sveltejs/kit';
import { isReportReason, type ScrubPreview } from '$lib/forum';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, text } from '$lib/server/forms';
import { ANSWER_FIELDS, apiErrors, checkAnswer, checkNote, noStore, readStep } from '$lib/server/forum';
import { sendMessage } from '$lib/server/messages';
import { failLoad, isUuid, uuidOr404, failSession } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['publicada', 'respondida', 'respuestaRetenida', 'aceptada', 'denunciada', 'oculta', 'encargada'] as const;
type Flash = (typeof FLASHES)[number];

export const load: PageServerLoad = async (event) => {
	const id = uuidOr404(event, event.params.id);
	const res = await api(event).get('/api/forum/questions/{id}', { params: { id } });
	// Missing, hidden or held: the same 404 for everyone but the author and moderators (the API decides).
	if (!res.ok) failLoad(event, res);
	const q = res.data;
	// The page depends on who looks (their rights, their own held posts): only a private cache may keep it.
	if (event.locals.user) noStore(event);
	const flash = event.url.searchParams.get('hecho');
	return {
		question: q,
		// Roles only decide which buttons to offer; the API checks every action itself.
		counsellor: event.locals.user?.roles.includes('counsellor') ?? false,
		flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null
	};
};

const here = (id: string, flash: Flash, anchor = '') => `/foro/preguntas/${id}?hecho=${flash}${anchor}`;

export const actions: Actions = {
	responder: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const body = cleanText(text(data, 'body'));
		const step = readStep(data);
		if (step === 'edit') return { action: 'responder' as const, body, preview: null, fieldErrors: errs(), message: null };
		const problem = checkAnswer(locale, body);
		if (problem) return fail(400, { action: 'responder' as const, body, preview: null, fieldErrors: errs({ body: problem }), message: null });

		const res = await api(event).post('/api/forum/questions/{id}/answers', { body, ...(step === 'publish' ? { confirm: true } : {}) }, { params: { id } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status, { action: 'responder' as const, body, preview: null, ...apiErrors(locale, res, ANSWER_FIELDS) });
		}
		const result = res.data;
		if (result.outcome === 'preview' && result.preview) {
			noStore(event);
			return { action: 'responder' as const, body, preview: result.preview satisfies ScrubPreview, fieldErrors: errs(), message: null };
		}
		if (result.outcome === 'held') redirect(303, here(id, 'respuestaRetenida', `#respuesta-${result.answerId}`));
		redirect(303, here(id, 'respondida', `#respuesta-${result.answerId}`));
	},

	aceptar: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const answerId = text(await event.request.formData(), 'answerId');
		if (!isUuid(answerId)) return fail(400, { action: 'aceptar' as const, postId: answerId, message: null });
		const res = await api(event).post('/api/forum/answers/{id}/accept', undefined, { params: { id: answerId } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status, { action: 'aceptar' as const, postId: answerId, message: res.error.message });
		}
		redirect(303, here(id, 'aceptada', `#respuesta-${answerId}`));
	},

	denunciar: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const postId = text(data, 'postId');
		const reason = text(data, 'reason');
		const note = cleanText(text(data, 'note'));
		if (!isUuid(postId)) return fail(400, { action: 'denunciar' as const, postId, reason, note, fieldErrors: errs(), message: null });
		const fieldErrors = errs();
		if (!isReportReason(reason)) fieldErrors.reason = t(locale, 'forum.v.reason');
		const noteProblem = checkNote(locale, note);
		if (noteProblem) fieldErrors.note = noteProblem;
		if (!isReportReason(reason) || noteProblem) return fail(400, { action: 'denunciar' as const, postId, reason, note, fieldErrors, message: null });

		const res = await api(event).post('/api/forum/posts/{id}/reports', { reason, ...(note ? { note } : {}) }, { params: { id: postId } });
		if (!res.ok) {
			failSession(event, res);
			// 409: this person already reported it; the API says so in their language.
			return fail(res.status, { action: 'denunciar' as const, postId, reason, note, fieldErrors: errs(), message: res.error.message });
		}
		if (res.data.hidden) {
			// That report hid it: a hidden question is no longer a page for this person; a hidden answer leaves the page.
			redirect(303, postId === id ? '/foro?hecho=oculta' : here(id, 'oculta'));
		}
		redirect(303, here(id, 'denunciada', postId === id ? '#denunciar-pregunta' : `#respuesta-${postId}`));
	},

	/** A counsellor holding the claim writes privately to the asker (who stays a pseudonym if anonymous). */
	escribir: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const sent = await sendMessage(event, { questionId: id }, text(await event.request.formData(), 'body'));
		if (!sent.ok) return fail(sent.status, { action: 'escribir' as const, body: sent.body, fieldErrors: sent.fieldErrors, message: sent.message });
		redirect(303, `/mensajes/${sent.threadId}?hecho=enviado#m-${sent.messageId}`);
	},

	encargarme: async (event) => {
		requireUser(event);
		const id = uuidOr404(event, event.params.id);
		const res = await api(event).post('/api/forum/questions/{id}/claim', undefined, { params: { id } });
		if (!res.ok) {
			failSession(event, res);
			// 409: someone else has it (the API names them), or it is locked.
			return fail(res.status, { action: 'encargarme' as const, message: res.error.message });
		}
		redirect(303, here(id, 'encargada', '#asesoria'));
	}
};
