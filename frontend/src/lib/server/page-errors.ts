import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { ApiError } from './api';
import { safeNext } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}

/** An id from the address: anything that cannot be one is a page that does not exist (a 404, never a 400 or 500). */
export function uuidOr404(event: Event, value: string | undefined): string {
	if (!value || !UUID.test(value)) error(404, t(event.locals.locale, 'error.404'));
	return value.toLowerCase();
}

/**
 * Turns an API failure while loading a page into the page that fits: the login page when the session is
 * gone (coming back here afterwards); 404 for a wrong address; 502 when the API itself failed. For 403 and
 * 404, `apiMessage` keeps the API's own (localised, more specific) words instead of the generic page text.
 */
export function failLoad(event: Event, res: { status: number; error: ApiError }, opts: { apiMessage?: boolean } = {}): never {
	const locale = event.locals.locale;
	if (res.status === 401) {
		const next = safeNext(event.url.pathname + event.url.search) ?? '/';
		redirect(303, `/entrar?next=${encodeURIComponent(next)}`);
	}
	if (res.status === 400) error(404, t(locale, 'error.404'));
	if (res.status === 403 && !opts.apiMessage) error(403, t(locale, 'error.403'));
	if (res.status === 404 && !opts.apiMessage) error(404, t(locale, 'error.404'));
	error(res.status >= 500 ? 502 : res.status, res.error.message);
}

/** In a form action: a lost session (401) goes to the login page, as on a page load; any other failure stays on the page. */
export function failSession(event: Event, res: { status: number; error: ApiError }): void {
	if (res.status === 401) failLoad(event, res);
}
