import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, text, type FieldErrors } from '$lib/server/forms';
import { checkUnmaskReason, cleanReason, failAccess, failLoad, questionIdFrom, requireModerator } from '$lib/server/forum-desk';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireModerator(event);
	const asked = event.url.searchParams.get('pregunta');
	if (asked === null) return { question: null, lookup: { value: '', error: null } };
	const id = questionIdFrom(asked);
	const notFound = { question: null, lookup: { value: asked.slice(0, 300), error: t(event.locals.locale, 'fd.v.question') } };
	if (!id) return notFound;
	const res = await api(event).get('/api/forum/questions/{id}', { params: { id } });
	if (!res.ok) {
		if (res.status === 404) return notFound;
		failLoad(event, res);
	}
	const q = res.data;
	// The asker as the public sees them: a pseudonym when the question is anonymous, else the name they signed with.
	return { question: { id: q.id, title: q.title, anonymous: q.asker.anonymous, askerName: q.asker.name, createdAt: q.createdAt }, lookup: null };
};

export const actions: Actions = {
	/** Who asked: logged by the API with who asked for it, when and why; shown in this one response and kept nowhere. */
	revelar: async (event) => {
		requireModerator(event);
		const locale = event.locals.locale;
		const id = questionIdFrom(event.url.searchParams.get('pregunta') ?? '');
		const data = await event.request.formData();
		const reason = cleanReason(text(data, 'reason'));
		const confirmed = data.get('confirm') === 'yes';
		if (!id) return fail(400, { reason, confirmed, fieldErrors: {} as FieldErrors, message: t(locale, 'fd.v.question'), identity: null });
		const fieldErrors: FieldErrors = {};
		const bad = checkUnmaskReason(locale, reason);
		if (bad) fieldErrors.reason = bad;
		if (!confirmed) fieldErrors.confirm = t(locale, 'fd.v.unmaskConfirm');
		if (bad || !confirmed) return fail(400, { reason, confirmed, fieldErrors, message: null, identity: null });

		const res = await api(event).post('/api/forum/questions/{id}/unmask', { reason }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			const apiReason = res.error.fieldErrors.reason;
			return fail(res.status, { reason, confirmed, fieldErrors: errs(apiReason ? { reason: apiReason } : {}), message: apiReason ? null : res.error.message, identity: null });
		}
		// Never kept by a browser or a proxy: the page is the only place the identity is shown.
		event.setHeaders({ 'cache-control': 'private, no-store' });
		return { reason: '', confirmed: false, fieldErrors: {} as FieldErrors, message: null, identity: res.data };
	}
};
