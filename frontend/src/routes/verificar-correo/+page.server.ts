import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Never verify on GET: mail scanners open links. The page shows a button that POSTs the token.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token')?.trim() ?? '' });

export const actions: Actions = {
	confirmar: async (event) => {
		const ui = event.locals.locale;
		const token = text(await event.request.formData(), 'token').trim();
		if (!token) return fail(400, { action: 'confirmar' as const, ok: false, message: t(ui, 'verify.missingToken') });
		const res = await api(event).post('/api/auth/verify-email', { token });
		if (!res.ok) {
			// 400: unknown, used or expired token (or not even token-shaped). Say it plainly.
			const message = res.status === 400 ? t(ui, 'verify.invalid') : res.error.message;
			return fail(res.status, { action: 'confirmar' as const, ok: false, message });
		}
		if (event.locals.user?.id === res.data.id) event.locals.user = res.data;
		return { action: 'confirmar' as const, ok: true, message: null };
	},
	reenviar: async (event) => {
		if (!event.locals.user) return fail(401, { action: 'reenviar' as const, ok: false, message: t(event.locals.locale, 'verify.loginToResend') });
		const res = await api(event).post('/api/auth/verify-email/resend');
		if (!res.ok) return fail(res.status, { action: 'reenviar' as const, ok: false, message: res.error.message });
		return { action: 'reenviar' as const, ok: true, message: null };
	}
};
