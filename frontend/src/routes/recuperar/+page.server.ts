import { fail } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { checkEmail, errs, type FieldErrors, hasErrors, text } from '$lib/server/forms';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const email = text(data, 'email').trim();
		const values = { email };
		const fieldErrors: FieldErrors = {};
		checkEmail(event.locals.locale, email, fieldErrors);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null, sent: false });

		const res = await api(event).post('/api/auth/password-reset/request', { email });
		// The answer is the same whether the account exists or not; only real failures (rate limit, outage) show.
		if (!res.ok && (res.status === 429 || res.status >= 500)) {
			return fail(res.status, { values, fieldErrors: errs(), message: res.error.message, sent: false });
		}
		if (!res.ok && res.status === 400 && hasErrors(res.error.fieldErrors)) {
			return fail(400, { values, fieldErrors: res.error.fieldErrors, message: null, sent: false });
		}
		return { values, fieldErrors: errs(), message: null, sent: true };
	}
};
