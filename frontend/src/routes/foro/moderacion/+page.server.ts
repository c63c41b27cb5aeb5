import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { pageOf, pageParam } from '$lib/newsroom';
import { api, type ApiError } from '$lib/server/api';
import { errs, text, type FieldErrors } from '$lib/server/forms';
import {
	checkReason,
	checkWord,
	cleanReason,
	cleanWord,
	failAccess,
	failLoad,
	isModAction,
	isWatchAction,
	logAction,
	logReason,
	moderationPost,
	postHref,
	readDays,
	requireModerator
} from '$lib/server/forum-desk';
import { isUuid } from '$lib/server/page-errors';
import type { Actions, PageServerLoad } from './$types';

/**
 * What a page shows of each list: every post comes with its forms, and the whole page (both lists, the
 * words and the log) must stay under 30 KB for a phone on a slow connection.
 */
const HELD_PER_PAGE = 3;
const REPORTED_PER_PAGE = 3;
const WORDS_PER_PAGE = 12;
const LOG_PER_PAGE = 8;
const FLASHES = ['approve', 'restore', 'hide', 'delete', 'lock', 'unlock', 'suspend', 'word', 'unword'] as const;
type Flash = (typeof FLASHES)[number];

export const load: PageServerLoad = async (event) => {
	requireModerator(event);
	const res = await api(event).get('/api/forum/moderation');
	if (!res.ok) failLoad(event, res);
	const q = event.url.searchParams;
	const { pending, reported, hidden, log, watchedWords } = res.data;
	const held = pageOf(pending, pageParam(q.get('retenidas')), HELD_PER_PAGE);
	const flagged = pageOf(reported, pageParam(q.get('denunciadas')), REPORTED_PER_PAGE);
	const hiddenPage = pageOf(hidden, pageParam(q.get('ocultas')), REPORTED_PER_PAGE);
	const words = pageOf(watchedWords, pageParam(q.get('palabras')), WORDS_PER_PAGE);
	const entries = pageOf(log, pageParam(q.get('registro')), LOG_PER_PAGE);
	// The log names a post by its id only: the question of an answer is known while the answer is in a list.
	const questionOf = new Map([...pending, ...reported, ...hidden].map((p) => [p.id, p.questionId]));
	const hrefOf = new Map([...pending, ...reported, ...hidden].map((p) => [p.id, postHref(p.kind, p.questionId, p.id, p.blogSlug)]));
	const done = q.get('hecho');
	const until = q.get('hasta') ?? '';
	return {
		held: { items: held.items.map(moderationPost), page: held.page, pages: held.pages, count: pending.length },
		reported: { items: flagged.items.map(moderationPost), page: flagged.page, pages: flagged.pages, count: reported.length },
		hidden: { items: hiddenPage.items.map(moderationPost), page: hiddenPage.page, pages: hiddenPage.pages, count: hidden.length },
		words: { items: words.items.map((w) => ({ id: w.id, word: w.word, action: w.action })), page: words.page, pages: words.pages, count: watchedWords.length },
		log: {
			items: entries.items.map((l) => ({
				id: l.id,
				action: logAction(l.action),
				actorName: l.actorName,
				postKind: l.postKind,
				postId: l.postId,
				questionId: l.postKind === 'question' ? l.postId : l.postId ? (questionOf.get(l.postId) ?? null) : null,
				href: !l.postId || !l.postKind ? null : (hrefOf.get(l.postId) ?? (l.postKind === 'question' ? postHref('question', l.postId, l.postId) : null)),
				reason: logReason(l.action, l.reason),
				createdAt: l.createdAt
			})),
			page: entries.page,
			pages: entries.pages,
			count: log.length
		},
		flash: (FLASHES as readonly string[]).includes(done ?? '') ? { kind: done as Flash, until: /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null } : null
	};
};

/** The API's problems with a post's form: its reason field when it names one, else its message. */
function problem(res: { error: ApiError }, field: string): { message: string | null; fieldErrors: FieldErrors } {
	const reason = res.error.fieldErrors.reason;
	return reason ? { message: null, fieldErrors: { [field]: reason } } : { message: res.error.message, fieldErrors: {} };
}

/** The pages of the lists the moderator was on, kept across an action (`retenidas=2&registro=3&`). */
function pagesOf(event: RequestEvent): string {
	const kept = new URLSearchParams();
	for (const list of ['retenidas', 'denunciadas', 'palabras', 'registro']) {
		const page = pageParam(event.url.searchParams.get(list));
		if (page > 1) kept.set(list, String(page));
	}
	const qs = kept.toString();
	return qs ? `${qs}&` : '';
}

async function read(event: RequestEvent) {
	const data = await event.request.formData();
	const id = text(data, 'id');
	return { data, id: isUuid(id) ? id.toLowerCase() : null };
}

export const actions: Actions = {
	/**
	 * Show, hide, delete, lock or unlock a post: one form per post, one button per action, one reason. Field
	 * errors are keyed by field ('reason'); the page knows which post's form they belong to (`id`).
	 */
	moderar: async (event) => {
		requireModerator(event);
		const locale = event.locals.locale;
		const { data, id } = await read(event);
		const action = text(data, 'do');
		const reason = cleanReason(text(data, 'reason'));
		if (!id || !isModAction(action)) return fail(400, { form: 'post' as const, id, reason, days: '', fieldErrors: {}, message: t(locale, 'form.genericError') });
		const bad = checkReason(locale, reason, action === 'hide' || action === 'delete');
		if (bad) return fail(400, { form: 'post' as const, id, reason, days: '', fieldErrors: errs({ reason: bad }), message: null });

		const options = { params: { id } };
		const optional = reason ? { reason } : {};
		const client = api(event);
		const res =
			action === 'hide'
				? await client.post('/api/forum/posts/{id}/hide', { reason }, options)
				: action === 'delete'
					? await client.post('/api/forum/posts/{id}/delete', { reason }, options)
					: action === 'restore' || action === 'approve'
						? await client.post('/api/forum/posts/{id}/restore', optional, options)
						: action === 'lock'
							? await client.post('/api/forum/posts/{id}/lock', optional, options)
							: await client.post('/api/forum/posts/{id}/unlock', optional, options);
		if (!res.ok) {
			failAccess(event, res);
			// 409: a deleted post stays deleted; 404: it is gone.
			return fail(res.status, { form: 'post' as const, id, reason, days: '', ...problem(res, 'reason') });
		}
		redirect(303, `/foro/moderacion?${pagesOf(event)}hecho=${action}#aviso`);
	},

	/** Suspends whoever wrote a post from posting, without anyone learning who it is. */
	suspender: async (event) => {
		requireModerator(event);
		const locale = event.locals.locale;
		const { data, id } = await read(event);
		const rawDays = text(data, 'days');
		const reason = cleanReason(text(data, 'reason'));
		if (!id) return fail(400, { form: 'suspend' as const, id, reason, days: rawDays, fieldErrors: {}, message: t(locale, 'form.genericError') });
		const days = readDays(rawDays);
		const fieldErrors: FieldErrors = {};
		if (days === null) fieldErrors.days = t(locale, 'fd.v.days');
		const bad = checkReason(locale, reason, true);
		if (bad) fieldErrors.sreason = bad;
		if (days === null || bad) return fail(400, { form: 'suspend' as const, id, reason, days: rawDays, fieldErrors, message: null });

		const res = await api(event).post('/api/forum/posts/{id}/suspend-author', { days, reason }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			// 400 on their own post: the API's message says so.
			return fail(res.status, { form: 'suspend' as const, id, reason, days: rawDays, ...problem(res, 'sreason') });
		}
		redirect(303, `/foro/moderacion?${pagesOf(event)}hecho=suspend&hasta=${res.data.until.slice(0, 10)}#aviso`);
	},

	vigilar: async (event) => {
		requireModerator(event);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const word = cleanWord(text(data, 'word'));
		const action = text(data, 'action');
		const fieldErrors: FieldErrors = {};
		const bad = checkWord(locale, word);
		if (bad) fieldErrors.word = bad;
		if (!isWatchAction(action)) fieldErrors['action-review'] = t(locale, 'fd.v.wordAction');
		if (bad || !isWatchAction(action)) return fail(400, { form: 'word' as const, word, action, fieldErrors, message: null });

		const res = await api(event).post('/api/forum/watched-words', { word, action });
		if (!res.ok) {
			failAccess(event, res);
			const apiField = res.error.fieldErrors.word;
			return fail(res.status, { form: 'word' as const, word, action, fieldErrors: errs(apiField ? { word: apiField } : {}), message: apiField ? null : res.error.message });
		}
		redirect(303, `/foro/moderacion?${pagesOf(event)}hecho=word#aviso`);
	},

	dejar: async (event) => {
		requireModerator(event);
		const { id } = await read(event);
		if (!id) return fail(400, { form: 'unword' as const, id, fieldErrors: {}, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).delete('/api/forum/watched-words/{id}', { params: { id } });
		// Already gone (another moderator, a second click): what was asked for is done.
		if (!res.ok && res.status !== 404) {
			failAccess(event, res);
			return fail(res.status, { form: 'unword' as const, id, fieldErrors: {}, message: res.error.message });
		}
		redirect(303, `/foro/moderacion?${pagesOf(event)}hecho=unword#aviso`);
	}
};
