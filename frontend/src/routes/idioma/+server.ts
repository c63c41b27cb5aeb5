import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { api } from '$lib/server/api';
import { safeNext, setLangCookie } from '$lib/server/session';
import type { RequestHandler } from './$types';

/** The language switch (a plain form posting `lang` and `redirectTo`, works without JavaScript): remember the choice for a year, go back. */
export const POST: RequestHandler = async (event) => {
	const data = await event.request.formData().catch(() => new FormData());
	const locale = data.get('lang');
	const back = safeNext(typeof data.get('redirectTo') === 'string' ? String(data.get('redirectTo')) : null) ?? '/';
	if (isLocale(locale)) {
		setLangCookie(event.cookies, event.url, locale);
		if (event.locals.user && event.locals.user.locale !== locale) {
			// Best effort: the account's language drives its emails. The cookie already switched the site.
			const res = await api(event).patch('/api/me', { locale });
			if (!res.ok) console.warn(`Could not save the account language: ${res.status} ${res.error.message}`);
		}
	}
	redirect(303, back);
};

export const GET: RequestHandler = () => redirect(303, '/');
