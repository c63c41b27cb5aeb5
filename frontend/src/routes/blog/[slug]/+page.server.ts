import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isBlogSlug } from '$lib/blog';
import { isReportReason } from '$lib/forum';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { apiErrors, checkComment, COMMENT_FIELDS } from '$lib/server/blog';
import { errs, text } from '$lib/server/forms';
import { checkNote, noStore } from '$lib/server/forum';
import { failLoad, isUuid, failSession } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

const FLASHES = ['publicada', 'guardada', 'retenida', 'comentado', 'comentarioRetenido', 'comentarioBorrado', 'denunciada', 'oculta'] as const;
type Flash = (typeof FLASHES)[number];

function slugOr404(event: RequestEvent): string {
	const slug = event.params.slug;
	if (!isBlogSlug(slug)) error(404, t(event.locals.locale, 'error.404'));
	return slug;
}

export const load: PageServerLoad = async (event) => {
	const slug = slugOr404(event);
	const res = await api(event).get('/api/blog/posts/{slug}', { params: { slug } });
	// A draft, or a post moderation took down: the same 404 for everyone but its author (the API decides).
	if (!res.ok) failLoad(event, res);
	// The page depends on who looks (drafts, their own held comments): only a private cache may keep it.
	if (event.locals.user) noStore(event);
	const flash = event.url.searchParams.get('hecho');
	return { post: res.data, flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null };
};

const here = (slug: string, flash: Flash, anchor = '') => `/blog/${slug}?hecho=${flash}${anchor}`;

/** The post's id, from the page's own load (a form cannot point the action at another post). */
async function postId(event: RequestEvent, slug: string): Promise<string> {
	const res = await api(event).get('/api/blog/posts/{slug}', { params: { slug } });
	if (!res.ok) failLoad(event, res);
	return res.data.id;
}

export const actions: Actions = {
	comentar: async (event) => {
		requireUser(event);
		const slug = slugOr404(event);
		const locale = event.locals.locale;
		const body = cleanText(text(await event.request.formData(), 'body'));
		const problem = checkComment(locale, body);
		if (problem) return fail(400, { action: 'comentar' as const, body, fieldErrors: errs({ body: problem }), message: null });
		const id = await postId(event, slug);
		const res = await api(event).post('/api/blog/posts/{id}/comments', { body }, { params: { id } });
		if (!res.ok) {
			failSession(event, res);
			// 409: comments closed meanwhile; 429: the new-account limit; 403: a suspension. The API says which.
			return fail(res.status, { action: 'comentar' as const, body, ...apiErrors(locale, res, COMMENT_FIELDS) });
		}
		redirect(303, here(slug, res.data.visibility === 'pending' ? 'comentarioRetenido' : 'comentado', `#comentario-${res.data.id}`));
	},

	borrarComentario: async (event) => {
		requireUser(event);
		const slug = slugOr404(event);
		const commentId = text(await event.request.formData(), 'commentId');
		if (!isUuid(commentId)) return fail(400, { action: 'borrarComentario' as const, postId: commentId, message: null });
		const res = await api(event).delete('/api/blog/comments/{id}', { params: { id: commentId } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status, { action: 'borrarComentario' as const, postId: commentId, message: res.error.message });
		}
		redirect(303, here(slug, 'comentarioBorrado', '#comentarios'));
	},

	denunciar: async (event) => {
		requireUser(event);
		const slug = slugOr404(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const reportedId = text(data, 'postId');
		const reason = text(data, 'reason');
		const note = cleanText(text(data, 'note'));
		if (!isUuid(reportedId)) return fail(400, { action: 'denunciar' as const, postId: reportedId, reason, note, fieldErrors: errs(), message: null });
		const fieldErrors = errs();
		if (!isReportReason(reason)) fieldErrors.reason = t(locale, 'forum.v.reason');
		const noteProblem = checkNote(locale, note);
		if (noteProblem) fieldErrors.note = noteProblem;
		if (!isReportReason(reason) || noteProblem) return fail(400, { action: 'denunciar' as const, postId: reportedId, reason, note, fieldErrors, message: null });
		const id = await postId(event, slug);
		// Reports go to the forum's moderation queue, which also holds blog posts and comments.
		const res = await api(event).post('/api/forum/posts/{id}/reports', { reason, ...(note ? { note } : {}) }, { params: { id: reportedId } });
		if (!res.ok) {
			failSession(event, res);
			return fail(res.status, { action: 'denunciar' as const, postId: reportedId, reason, note, fieldErrors: errs(), message: res.error.message });
		}
		if (res.data.hidden) redirect(303, reportedId === id ? '/blog?hecho=oculta' : here(slug, 'oculta', '#comentarios'));
		redirect(303, here(slug, 'denunciada', reportedId === id ? '#denunciar-entrada' : `#comentario-${reportedId}`));
	}
};
