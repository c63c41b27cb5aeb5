import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { checkNewPassword, errs, type FieldErrors, hasErrors, text } from '$lib/server/forms';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token')?.trim() ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const ui = event.locals.locale;
		const data = await event.request.formData();
		const token = text(data, 'token').trim();
		const password = text(data, 'password');
		const passwordConfirm = text(data, 'passwordConfirm');

		if (!token) return fail(400, { token, fieldErrors: errs(), message: t(ui, 'reset.missingToken'), invalidToken: true, done: false });
		const fieldErrors: FieldErrors = {};
		checkNewPassword(ui, password, fieldErrors);
		if (!fieldErrors.password && password !== passwordConfirm) fieldErrors.passwordConfirm = t(ui, 'validation.passwordMismatch');
		if (hasErrors(fieldErrors)) return fail(400, { token, fieldErrors, message: null, invalidToken: false, done: false });

		const res = await api(event).post('/api/auth/password-reset/confirm', { token, password });
		if (!res.ok) {
			const apiErrors = { ...res.error.fieldErrors };
			const invalidToken = res.status === 400 && (!hasErrors(apiErrors) || 'token' in apiErrors);
			if (invalidToken) return fail(400, { token, fieldErrors: errs(), message: t(ui, 'verify.invalid'), invalidToken, done: false });
			return fail(res.status, { token, fieldErrors: apiErrors, message: hasErrors(apiErrors) ? null : res.error.message, invalidToken: false, done: false });
		}
		// Every session of the account was revoked: this browser's too.
		clearSessionCookie(event.cookies, event.url);
		event.locals.user = null;
		return { token: '', fieldErrors: errs(), message: null, invalidToken: false, done: true };
	}
};
