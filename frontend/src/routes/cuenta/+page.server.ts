import { fail, redirect } from '@sveltejs/kit';
import { isLocale, t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { checkDisplayName, errs, type FieldErrors, hasErrors, text } from '$lib/server/forms';
import { clearSessionCookie, requireUser, setLangCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const MODES = ['immediately', 'daily', 'never'] as const;
type Mode = (typeof MODES)[number];
const isMode = (v: unknown): v is Mode => typeof v === 'string' && (MODES as readonly string[]).includes(v);

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const prefs = await api(event).get('/api/notifications/preferences');
	return { account: user, notificationPrefs: prefs.ok ? prefs.data.items : null };
};

export const actions: Actions = {
	perfil: async (event) => {
		requireUser(event);
		const ui = event.locals.locale;
		const data = await event.request.formData();
		const displayName = text(data, 'displayName').trim();
		const chosen = text(data, 'locale');
		const values = { displayName, locale: isLocale(chosen) ? chosen : ui };

		const fieldErrors: FieldErrors = {};
		checkDisplayName(ui, displayName, fieldErrors);
		if (!isLocale(chosen)) fieldErrors.locale = t(ui, 'validation.localeInvalid');
		if (hasErrors(fieldErrors) || !isLocale(chosen)) return fail(400, { action: 'perfil' as const, values, fieldErrors, message: null });

		const res = await api(event).patch('/api/me', { displayName, locale: chosen });
		if (!res.ok) {
			const apiErrors = res.error.fieldErrors;
			return fail(res.status, { action: 'perfil' as const, values, fieldErrors: apiErrors, message: hasErrors(apiErrors) ? null : res.error.message });
		}
		event.locals.user = res.data;
		// The page (and the rest of the site) now speaks the account's language.
		setLangCookie(event.cookies, event.url, res.data.locale);
		event.locals.locale = res.data.locale;
		return { action: 'perfil' as const, values, fieldErrors: errs(), message: null };
	},

	/** Email preferences per notification type: one radio group each. */
	avisos: async (event) => {
		requireUser(event);
		const data = await event.request.formData();
		const body: Record<string, Mode> = {};
		const fieldErrors: FieldErrors = {};
		for (const type of ['forum_answer', 'message', 'grade', 'announcement', 'enrolment', 'certificate'] as const) {
			const v = data.get(type);
			if (v === null) continue;
			if (isMode(v)) body[type] = v;
			else fieldErrors[type] = t(event.locals.locale, 'notifications.modeInvalid');
		}
		if (hasErrors(fieldErrors)) return fail(400, { action: 'avisos' as const, fieldErrors, message: null });
		const res = await api(event).put('/api/notifications/preferences', body);
		if (!res.ok) return fail(res.status, { action: 'avisos' as const, fieldErrors: res.error.fieldErrors, message: hasErrors(res.error.fieldErrors) ? null : res.error.message });
		return { action: 'avisos' as const, fieldErrors: errs(), message: null };
	},

	reenviar: async (event) => {
		requireUser(event);
		const res = await api(event).post('/api/auth/verify-email/resend');
		if (!res.ok) return fail(res.status, { action: 'reenviar' as const, fieldErrors: errs(), message: res.error.message });
		return { action: 'reenviar' as const, fieldErrors: errs(), message: null };
	},

	eliminar: async (event) => {
		requireUser(event);
		const data = await event.request.formData();
		if (data.get('confirm') !== 'yes') {
			return fail(400, { action: 'eliminar' as const, fieldErrors: errs({ confirm: t(event.locals.locale, 'validation.confirmDelete') }), message: null });
		}
		const res = await api(event).delete('/api/me');
		if (!res.ok) return fail(res.status, { action: 'eliminar' as const, fieldErrors: errs(), message: res.error.message });
		clearSessionCookie(event.cookies, event.url);
		event.locals.user = null;
		redirect(303, '/?cuenta=eliminada');
	}
};
