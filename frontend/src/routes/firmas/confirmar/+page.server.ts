import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Never confirm on GET: mail scanners open links. The page shows a button that POSTs the token.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token')?.trim() ?? '' });

export const actions: Actions = {
	confirmar: async (event) => {
		const ui = event.locals.locale;
		const token = text(await event.request.formData(), 'token').trim();
		if (!token) return fail(400, { ok: false as const, message: t(ui, 'sigToken.missing') });
		const res = await api(event).post('/api/signatures/confirm', { token });
		if (!res.ok) {
			// 400: unknown, withdrawn or expired token (or not even token-shaped); 409: the campaign closed meanwhile.
			const message = res.status === 400 ? t(ui, 'sigToken.invalid') : res.error.message;
			return fail(res.status, { ok: false as const, message });
		}
		// The token stays valid for withdrawing: the success page links to that too.
		return { ok: true as const, campaign: { slug: res.data.campaignSlug, title: res.data.campaignTitle }, token };
	}
};
