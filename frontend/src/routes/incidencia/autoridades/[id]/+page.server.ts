import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkOfficial, failAccess, failLoad, OFFICIAL_FIELDS, officialBody, readOfficialForm, requireAdvocate, requireUuid } from '$lib/server/advocacy';
import { errs, hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const id = requireUuid(event, event.params.id);
	const res = await api(event).get('/api/officials/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	const o = res.data;
	const q = event.url.searchParams;
	return {
		official: { id: o.id, seeded: o.seeded, sendable: o.sendable, updatedAt: o.updatedAt },
		values: {
			name: o.name,
			position: o.position ?? '',
			institution: o.institution,
			level: o.level,
			country: o.country,
			region: o.region ?? '',
			email: o.email ?? '',
			contactUrl: o.contactUrl ?? '',
			sourceUrl: o.sourceUrl ?? '',
			lastVerifiedOn: o.lastVerifiedOn ?? '',
			needsVerification: o.needsVerification,
			notes: o.notes ?? '',
			active: o.active
		},
		flash: { created: q.get('creada') === '1', saved: q.get('guardada') === '1' }
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const values = readOfficialForm(await event.request.formData());
		const fieldErrors = checkOfficial(locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).patch('/api/officials/{id}', officialBody(values), { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			if (res.status === 409) return fail(409, { values, fieldErrors: errs({ email: res.error.message }), message: null });
			return fail(res.status, { values, ...apiErrors(locale, res, OFFICIAL_FIELDS) });
		}
		redirect(303, `/incidencia/autoridades/${id}?guardada=1`);
	}
};
