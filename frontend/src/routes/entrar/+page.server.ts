import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { checkEmail, hasErrors, text, type FieldErrors } from '$lib/server/forms';
import { safeNext, setLangCookie, setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next ?? '/cuenta');
	return { next: next ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const ui = event.locals.locale;
		const data = await event.request.formData();
		const email = text(data, 'email').trim();
		const password = text(data, 'password');
		const next = safeNext(text(data, 'next') || event.url.searchParams.get('next'));
		const values = { email };

		const fieldErrors: FieldErrors = {};
		checkEmail(ui, email, fieldErrors);
		if (!password) fieldErrors.password = t(ui, 'validation.passwordRequired');
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/auth/login', { email, password });
		if (!res.ok) {
			// 401 wrong credentials, 429 too many attempts (the message says how long to wait).
			const apiErrors = res.error.fieldErrors;
			return fail(res.status, { values, fieldErrors: apiErrors, message: hasErrors(apiErrors) ? null : res.error.message });
		}

		setSessionCookie(event.cookies, event.url, res.data.token);
		// The account's language wins from now on (it is also the language of its emails).
		setLangCookie(event.cookies, event.url, res.data.user.locale);
		redirect(303, next ?? '/cuenta');
	}
};
