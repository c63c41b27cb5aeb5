import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkSource, failAccess, failLoad, readSourceForm, requireEditor, requireUuid, SOURCE_FIELDS, sourceBody } from '$lib/server/newsroom';
import { errs, hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const id = requireUuid(event, event.params.id);
	const res = await api(event).get('/api/news/sources/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	const s = res.data;
	const q = event.url.searchParams;
	return {
		source: {
			id: s.id,
			name: s.name,
			active: s.active,
			hasFeed: s.feedUrl !== null,
			lastFetchedAt: s.lastFetchedAt,
			lastSuccessAt: s.lastSuccessAt,
			etag: s.etag,
			lastModified: s.lastModified,
			movedTo: s.movedTo,
			failures: s.consecutiveFailures,
			nextAttemptAt: s.nextAttemptAt,
			// Paused after failures: the next read skips it unless someone asks for a retry.
			waiting: s.nextAttemptAt !== null && Date.parse(s.nextAttemptAt) > Date.now(),
			lastError: s.lastError,
			flagged: s.flagged,
			itemCount: s.itemCount
		},
		values: {
			name: s.name,
			feedUrl: s.feedUrl ?? '',
			siteUrl: s.siteUrl,
			region: s.region,
			language: s.language,
			tier: s.tier,
			active: s.active,
			keywordFilter: s.keywordFilter,
			notes: s.notes ?? ''
		},
		flash: { created: q.get('creada') === '1', saved: q.get('guardada') === '1', retry: q.get('reintento') === '1' }
	};
};

export const actions: Actions = {
	guardar: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const values = readSourceForm(await event.request.formData());
		const fieldErrors = checkSource(locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { action: 'guardar' as const, values, fieldErrors, message: null });

		const res = await api(event).patch('/api/news/sources/{id}', sourceBody(values), { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'guardar' as const, values, ...apiErrors(locale, res, SOURCE_FIELDS) });
		}
		redirect(303, `/redaccion/fuentes/${id}?guardada=1`);
	},

	reintentar: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const res = await api(event).patch('/api/news/sources/{id}', { retryNow: true }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'reintentar' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/redaccion/fuentes/${id}?reintento=1#lectura`);
	}
};
