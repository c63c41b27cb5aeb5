import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { ApiError } from './api';
import { requireUser, safeNext } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

/** The logged-in trainer (or admin); anyone else gets the 403 page. */
export function requireTrainer(event: Event): NonNullable<App.Locals['user']> {
	const user = requireUser(event);
	if (!user.roles.includes('trainer') && !user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route id that cannot be a class, session or submission is simply a page that does not exist. */
export function requireUuid(event: Event, value: string | undefined): string {
	if (!value || !UUID.test(value)) error(404, t(event.locals.locale, 'error.404'));
	return value;
}

/**
 * Turns an API failure while loading a page into the page that fits: the login page (session gone), 403
 * (someone else's class), 404 (no such class or session, or a malformed id), or the API's own message.
 */
export function failLoad(event: Event, res: { status: number; error: ApiError }): never {
	const locale = event.locals.locale;
	if (res.status === 401) {
		const next = safeNext(event.url.pathname + event.url.search) ?? '/mis-clases';
		redirect(303, `/entrar?next=${encodeURIComponent(next)}`);
	}
	if (res.status === 403) error(403, t(locale, 'error.403'));
	if (res.status === 404 || res.status === 400) error(404, t(locale, 'error.404'));
	error(res.status >= 500 ? 502 : res.status, res.error.message);
}

/**
 * In a form action: a lost session or someone else's class (401, 403) means the page itself is no longer
 * for this person, so show the login or 403 page. Other failures (400, 404, 409…) go back to the form.
 */
export function failAccess(event: Event, res: { status: number; error: ApiError }): void {
	if (res.status === 401 || res.status === 403) failLoad(event, res);
}

/** A form's message and field errors from an API failure: field errors when the API named fields, else its message. */
export function apiProblem(res: { error: ApiError }): { message: string | null; fieldErrors: Record<string, string> } {
	const fieldErrors = res.error.fieldErrors;
	return { message: Object.keys(fieldErrors).length ? null : res.error.message, fieldErrors };
}

/**
 * Long text as the API counts and stores it: browsers send line breaks as CRLF, the API keeps LF and drops
 * control characters. Checking the cleaned text means a length the API accepts is never refused here.
 */
export function cleanText(value: string): string {
	const kept = [...value.replace(/\r\n?/g, '\n')].filter((c) => {
		const code = c.charCodeAt(0);
		return code === 9 || code === 10 || (code > 31 && code !== 127);
	});
	return kept.join('').trim();
}
