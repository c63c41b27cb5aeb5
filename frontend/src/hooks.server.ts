import type { Handle, HandleFetch, HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { api } from '$lib/server/api';
import { clearSessionCookie, LANG_COOKIE, SESSION_COOKIE } from '$lib/server/session';
import { isLocale, negotiateLocale, t } from '$lib/i18n';

/** Where the API listens; the backend sets it before importing this handler (same process, loopback). */
function apiBase(): string {
	return env.PUENTE_API_URL || 'http://127.0.0.1:3000';
}

function setHeader(response: Response, name: string, value: string): void {
	try {
		response.headers.set(name, value);
	} catch {
		// Immutable headers (a response passed through from fetch): leave them as they are.
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const cookieLang = event.cookies.get(LANG_COOKIE);
	event.locals.locale = isLocale(cookieLang) ? cookieLang : negotiateLocale(event.request.headers.get('accept-language'));
	event.locals.user = null;

	event.locals.sessionUnavailable = false;

	// Never trust the cookie itself: ask the API whose session it is. GET /api/me answers exactly like
	// GET /api/auth/me, but is not under the API's strict /api/auth/* rate limit (30 a minute per IP),
	// which every page view (and every client-side navigation) would otherwise count against.
	if (event.cookies.get(SESSION_COOKIE)) {
		const me = await api(event).get('/api/me');
		if (me.ok) event.locals.user = me.data;
		else if (me.status === 401) clearSessionCookie(event.cookies, event.url);
		else event.locals.sessionUnavailable = true;
	}

	const response = await resolve(event, {
		// Read the locale late: an action (profile, language) may have changed it during this request.
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	// Pages bypass the API's helmet: add the few headers that matter for them.
	setHeader(response, 'x-content-type-options', 'nosniff');
	setHeader(response, 'referrer-policy', 'same-origin');
	// Pages of a logged-in person (or with one-time tokens) must not sit in shared or back/forward caches.
	if ((event.locals.user || event.url.searchParams.has('token')) && !response.headers.has('cache-control')) {
		setHeader(response, 'cache-control', 'private, no-store');
	}
	return response;
};

/**
 * Page code calls `/api/...` on our own origin; send it straight to the API on loopback, as the user:
 * their cookies and language, their IP (the API trusts X-Forwarded-For from loopback) and our Origin
 * (the API's CSRF check for cookie-authenticated writes).
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
	const url = new URL(request.url);
	if (url.origin !== event.url.origin || !url.pathname.startsWith('/api/')) return fetch(request);

	const headers = new Headers();
	for (const name of ['accept', 'content-type']) {
		const value = request.headers.get(name);
		if (value) headers.set(name, value);
	}
	const cookie = event.request.headers.get('cookie');
	if (cookie) headers.set('cookie', cookie);
	const acceptLanguage = event.request.headers.get('accept-language');
	if (acceptLanguage) headers.set('accept-language', acceptLanguage);
	const userAgent = event.request.headers.get('user-agent');
	if (userAgent) headers.set('user-agent', userAgent);
	headers.set('x-forwarded-for', event.getClientAddress());
	const requestId = event.request.headers.get('x-request-id');
	if (requestId) headers.set('x-request-id', requestId);
	// Loopback: compressing would only cost CPU.
	headers.set('accept-encoding', 'identity');
	headers.set('origin', event.url.origin);

	const method = request.method;
	const body = method === 'GET' || method === 'HEAD' ? undefined : await request.arrayBuffer();
	return fetch(new URL(url.pathname + url.search, apiBase()), { method, headers, body, redirect: 'manual', signal: request.signal });
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
	const locale = event.locals.locale ?? 'es';
	if (status === 404) return { message: t(locale, 'error.404') };
	return { message: status >= 500 ? t(locale, 'error.500') : message };
};
