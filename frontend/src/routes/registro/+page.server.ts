import { fail, redirect } from '@sveltejs/kit';
import { isLocale, t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { checkDisplayName, checkEmail, checkNewPassword, errs, type FieldErrors, hasErrors, text } from '$lib/server/forms';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const ui = event.locals.locale;
		const data = await event.request.formData();
		const email = text(data, 'email').trim();
		const displayName = text(data, 'displayName').trim();
		const password = text(data, 'password');
		const chosen = text(data, 'locale');
		const locale = isLocale(chosen) ? chosen : ui;
		// Sent back to refill the form: never the password.
		const values = { email, displayName, locale };

		const fieldErrors: FieldErrors = {};
		checkEmail(ui, email, fieldErrors);
		checkDisplayName(ui, displayName, fieldErrors);
		checkNewPassword(ui, password, fieldErrors);
		if (!isLocale(chosen)) fieldErrors.locale = t(ui, 'validation.localeInvalid');
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/auth/register', { email, password, displayName, locale });
		if (!res.ok) {
			if (res.status === 409) return fail(409, { values, fieldErrors: errs({ email: res.error.message }), message: null });
			const apiErrors = res.error.fieldErrors;
			return fail(res.status, { values, fieldErrors: apiErrors, message: hasErrors(apiErrors) ? null : res.error.message });
		}
		redirect(303, '/registro/enviado');
	}
};
