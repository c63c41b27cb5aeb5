import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkSend, failAccess, failLoad, readSendForm, requireAdvocate, requireUuid, SEND_FIELDS, sendBody } from '$lib/server/advocacy';
import { hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** At most this many officials to tick on the page; beyond that, the filter reaches them. */
const PICK_LIMIT = 500;

async function brief(event: RequestEvent, id: string) {
	const res = await api(event).get('/api/briefs/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	return res.data;
}

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const id = requireUuid(event, event.params.id);
	const [b, officials] = await Promise.all([brief(event, id), api(event).get('/api/officials', { query: { sendable: 'true', pageSize: PICK_LIMIT } })]);
	if (!officials.ok) failLoad(event, officials);
	return {
		brief: {
			id: b.id,
			campaignId: b.campaignId,
			campaignTitle: b.campaignTitle,
			title: b.version.title,
			latestVersion: b.latestVersion,
			versions: b.versions.map((v) => ({ number: v.number, frozenAt: v.frozenAt }))
		},
		officials: officials.data.items.map((o) => ({
			id: o.id,
			name: o.name,
			position: o.position,
			institution: o.institution,
			email: o.email,
			needsVerification: o.needsVerification
		})),
		moreOfficials: officials.data.total > officials.data.items.length,
		countries: officials.data.countries,
		institutions: officials.data.institutions
	};
};

export const actions: Actions = {
	/** The dry run: nothing is sent; each email is shown as it would go out. */
	previa: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const values = readSendForm(await event.request.formData());
		const fieldErrors = checkSend(locale, values, (await brief(event, id)).latestVersion);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null, preview: null });

		const res = await api(event).post('/api/briefs/{id}/sends', sendBody(values), { params: { id }, query: { dryRun: 'true' } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, SEND_FIELDS), preview: null });
		}
		const p = res.data;
		return {
			values,
			fieldErrors: {} as Record<string, string>,
			message: null,
			preview: {
				version: p.version,
				toSend: p.toSend,
				skipped: p.skipped,
				recipients: p.recipients.map((r) => ({
					officialId: r.officialId,
					name: r.name,
					position: r.position,
					institution: r.institution,
					email: r.email,
					needsVerification: r.needsVerification,
					outcome: r.outcome,
					preview: r.preview
				}))
			}
		};
	},

	enviar: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const values = readSendForm(await event.request.formData());
		const fieldErrors = checkSend(locale, values, (await brief(event, id)).latestVersion);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null, preview: null });

		const res = await api(event).post('/api/briefs/{id}/sends', sendBody(values), { params: { id }, query: { dryRun: 'false' } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, SEND_FIELDS), preview: null });
		}
		redirect(303, `/incidencia/envios/${res.data.sendId}?enviado=1`);
	}
};
