import { error, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { ApiError } from './api';
import { failLoad as failPage, uuidOr404 } from './page-errors';
import { requireUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

/** The logged-in trainer (or admin); anyone else gets the 403 page. */
export function requireTrainer(event: Event): NonNullable<App.Locals['user']> {
	const user = requireUser(event);
	if (!user.roles.includes('trainer') && !user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

/** A route id that cannot be a class, session or submission is simply a page that does not exist. */
export const requireUuid = uuidOr404;

/** Loading a trainer page: the generic 403/404 pages (see page-errors.ts). */
export function failLoad(event: Event, res: { status: number; error: ApiError }): never {
	return failPage(event, res);
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
