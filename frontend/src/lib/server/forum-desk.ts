import { error, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { t, type Locale } from '$lib/i18n';
import { shorten } from '$lib/newsroom';
import type { Role } from '$lib/roles';
import { cleanLine } from './advocacy';
import { cleanText } from './teaching';
import { isUuid } from './page-errors';
import { requireUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;
type User = NonNullable<App.Locals['user']>;
type Schemas = components['schemas'];

export { failAccess, failLoad, requireUuid } from './teaching';

function requireRole(event: Event, roles: readonly Role[]): User {
	const user = requireUser(event);
	if (!user.roles.some((r) => roles.includes(r))) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

/** The queue and the response times: counsellors, moderators and admins (the API's own rule). */
export function requireForumDesk(event: Event): User {
	return requireRole(event, ['counsellor', 'moderator', 'admin']);
}

export function requireModerator(event: Event): User {
	return requireRole(event, ['moderator', 'admin']);
}

export function requireAdmin(event: Event): User {
	return requireRole(event, ['admin']);
}

/** Only counsellors take a question (the API refuses a claim from anyone else). */
export const canClaim = (user: User) => user.roles.includes('counsellor');
/** Moderators and admins may release anyone's claim; counsellors only their own. */
export const isModerator = (user: User) => user.roles.includes('moderator') || user.roles.includes('admin');

// ---------------------------------------------------------------------------------------------------------
// Checks, as the API counts (forum.dto.ts)

function between(value: string, min: number, max: number): boolean {
	return value.length >= min && value.length <= max;
}

/** `approve` is `restore` for a post a watched word held (it was never shown): the same call, its own words. */
export const MOD_ACTIONS = ['approve', 'restore', 'hide', 'delete', 'lock', 'unlock'] as const;
export type ModAction = (typeof MOD_ACTIONS)[number];
export function isModAction(value: unknown): value is ModAction {
	return typeof value === 'string' && (MOD_ACTIONS as readonly string[]).includes(value);
}

/** A moderator's reason: required (5–1000) to hide, delete or suspend; optional (up to 1000) otherwise. */
export function checkReason(locale: Locale, reason: string, required: boolean): string | null {
	if (required) return between(reason, 5, 1000) ? null : t(locale, 'fd.v.reason');
	return reason.length <= 1000 ? null : t(locale, 'fd.v.reasonLong');
}

/** Days of a suspension: a whole number from 1 to 365. */
export function readDays(raw: string): number | null {
	const value = raw.trim();
	if (!/^\d{1,3}$/.test(value)) return null;
	const days = Number(value);
	return days >= 1 && days <= 365 ? days : null;
}

export function cleanReason(raw: string): string {
	return cleanText(raw);
}

export const WATCH_ACTIONS = ['block', 'review'] as const;
export type WatchAction = (typeof WATCH_ACTIONS)[number];
export function isWatchAction(value: unknown): value is WatchAction {
	return typeof value === 'string' && (WATCH_ACTIONS as readonly string[]).includes(value);
}

export function cleanWord(raw: string): string {
	return cleanLine(raw);
}

export function checkWord(locale: Locale, word: string): string | null {
	return between(word, 2, 60) ? null : t(locale, 'fd.v.word');
}

export function checkUnmaskReason(locale: Locale, reason: string): string | null {
	return between(reason, 10, 1000) ? null : t(locale, 'fd.v.unmaskReason');
}

export function cleanCredential(raw: string): string {
	return cleanLine(raw);
}

export function checkCredential(locale: Locale, credential: string): string | null {
	return between(credential, 5, 200) ? null : t(locale, 'fd.v.credential');
}

/**
 * A question from what a moderator pasted: its address (…/foro/preguntas/<id>, with or without the site,
 * a query or a #fragment) or the bare id. Null when it is neither.
 */
export function questionIdFrom(raw: string): string | null {
	const value = raw.trim();
	if (isUuid(value)) return value.toLowerCase();
	const m = /\/foro\/preguntas\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(value);
	return m?.[1] && isUuid(m[1]) ? m[1].toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------------------
// What the pages show (only that: the data travels to the browser)

/** Why a post is not shown, as the API notes it: its own words for two cases, a moderator's reason otherwise. */
export type NoteView = { kind: 'auto' } | { kind: 'word'; word: string } | { kind: 'text'; text: string } | null;

export function noteView(note: string | null): NoteView {
	if (!note) return null;
	if (/^\d+ reports$/.test(note)) return { kind: 'auto' };
	const word = /^watched word: (.+)$/.exec(note);
	if (word?.[1]) return { kind: 'word', word: word[1] };
	return { kind: 'text', text: note };
}

/** The page where a post is read; a blog post or comment needs its slug (null when the log no longer knows it). */
export function postHref(kind: Schemas['ModerationPost']['kind'], questionId: string, id: string, blogSlug?: string | null): string | null {
	// A private message has no public page: moderators read it in the queue only.
	if (kind === 'message') return null;
	if (kind === 'blog_post' || kind === 'blog_comment') return blogSlug ? `/blog/${blogSlug}${kind === 'blog_comment' ? `#comentario-${id}` : ''}` : null;
	return `/foro/preguntas/${questionId}${kind === 'answer' ? `#respuesta-${id}` : ''}`;
}

export function moderationPost(p: Schemas['ModerationPost']) {
	return {
		kind: p.kind,
		id: p.id,
		questionId: p.questionId,
		questionTitle: p.questionTitle,
		// Where the post is read: a forum thread, or a member's blog post.
		href: postHref(p.kind, p.questionId, p.id, p.blogSlug),
		// As the public sees it: the pseudonym when the question is anonymous (the API never says more).
		authorName: p.authorName,
		anonymous: p.anonymous,
		// The start of the text (the API sends up to 400 characters): the whole post is a link away.
		excerpt: shorten(p.excerpt, 300),
		visibility: p.visibility,
		note: noteView(p.moderationNote),
		locked: p.questionStatus === 'locked',
		openReports: p.openReports,
		// A long note is cut (the page lists several posts, each with its reports); the reason is what matters.
		reports: p.reports.map((r) => ({ reason: r.reason, note: r.note ? shorten(r.note, 160) : null, createdAt: r.createdAt })),
		createdAt: p.createdAt
	};
}
export type ModerationPostView = ReturnType<typeof moderationPost>;

/** The reason in the log, in the reader's words where the API writes its own (auto-hide, suspension, words). */
export type LogReason =
	| { kind: 'auto' }
	| { kind: 'days'; days: number; text: string }
	| { kind: 'word'; action: WatchAction; word: string }
	| { kind: 'text'; text: string }
	| null;

export function logReason(action: string, reason: string | null): LogReason {
	if (reason === null) return null;
	if (action === 'auto_hide') return { kind: 'auto' };
	if (action === 'suspend') {
		const m = /^(\d+) d: ([\s\S]*)$/.exec(reason);
		if (m?.[1] && m[2] !== undefined) return { kind: 'days', days: Number(m[1]), text: m[2] };
	}
	if (action === 'watch_word') {
		const m = /^(block|review): (.+)$/.exec(reason);
		if (m?.[1] && m[2] && isWatchAction(m[1])) return { kind: 'word', action: m[1], word: m[2] };
	}
	return { kind: 'text', text: reason };
}

export const LOG_ACTIONS = ['auto_hide', 'hide', 'restore', 'delete', 'lock', 'unlock', 'suspend', 'unmask', 'watch_word', 'unwatch_word'] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];
export function logAction(value: string): LogAction | 'other' {
	return (LOG_ACTIONS as readonly string[]).includes(value) ? (value as LogAction) : 'other';
}
