import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { error, redirect } from '@sveltejs/kit';
import { t, type Locale } from '$lib/i18n';

export const SESSION_COOKIE = 'session';
export const LANG_COOKIE = 'lang';
const SESSION_MAX_AGE = 30 * 24 * 60 * 60;
const LANG_MAX_AGE = 365 * 24 * 60 * 60;

/** Cookies are Secure only when Puente itself is served over https. */
function base(url: URL) {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' } as const;
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, { ...base(url), maxAge: SESSION_MAX_AGE });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, base(url));
}

export function setLangCookie(cookies: Cookies, url: URL, locale: Locale): void {
	cookies.set(LANG_COOKIE, locale, { ...base(url), maxAge: LANG_MAX_AGE });
}

/**
 * A same-site relative path (e.g. "/cuenta?x=1") or null. Rejects absolute URLs, protocol-relative
 * "//host" and backslash tricks, so `?next=` can never send anyone to another site.
 */
export function safeNext(value: string | null | undefined): string | null {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
	if (/[\u0000-\u001f]/.test(value)) return null;
	try {
		const base = 'http://puente.invalid';
		const url = new URL(value, base);
		if (url.origin !== base) return null;
		// Check the result, not only the input: "/.//evil.example" normalises to "//evil.example".
		if (url.pathname.startsWith('//') || url.pathname.startsWith('/\\')) return null;
		// Drop SvelteKit action markers (?/name): going back must be a plain GET of the page.
		for (const key of [...url.searchParams.keys()]) if (key.startsWith('/')) url.searchParams.delete(key);
		return url.pathname + url.search + url.hash;
	} catch {
		return null;
	}
}

/**
 * The logged-in user, or a 303 to the login page that comes back here afterwards. When the API could
 * not check the session (rate limit, outage) that would be wrong: the person is logged in. Say so.
 */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): NonNullable<App.Locals['user']> {
	const user = event.locals.user;
	if (!user && event.locals.sessionUnavailable) error(503, t(event.locals.locale, 'form.unavailable'));
	if (!user) {
		const next = safeNext(event.url.pathname + event.url.search) ?? '/cuenta';
		redirect(303, `/entrar?next=${encodeURIComponent(next)}`);
	}
	return user;
}
