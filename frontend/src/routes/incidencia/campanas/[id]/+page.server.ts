import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import {
	apiErrors,
	BRIEF_FIELDS,
	CAMPAIGN_FIELDS,
	campaignBody,
	checkCampaign,
	checkEmails,
	cleanLine,
	failAccess,
	failLoad,
	readCampaignForm,
	readEmails,
	requireAdvocate,
	requireUuid
} from '$lib/server/advocacy';
import { errs, hasErrors, text } from '$lib/server/forms';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const STATUSES = ['draft', 'published', 'closed'] as const;
type Status = (typeof STATUSES)[number];

/** The campaign by id: the API finds campaigns by slug, so look the id up among the person's own first. */
async function campaign(event: RequestEvent, id: string) {
	const mine = await api(event).get('/api/campaigns/mine');
	if (!mine.ok) failLoad(event, mine);
	const found = mine.data.find((c) => c.id === id);
	if (!found) error(404, t(event.locals.locale, 'error.404'));
	const res = await api(event).get('/api/campaigns/{slug}', { params: { slug: found.slug } });
	if (!res.ok) failLoad(event, res);
	if (!res.data.manage) error(403, t(event.locals.locale, 'error.403'));
	return { ...res.data, manage: res.data.manage };
}

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const id = requireUuid(event, event.params.id);
	const c = await campaign(event, id);
	const q = event.url.searchParams;
	const status = q.get('estado');
	return {
		campaign: {
			id: c.id,
			slug: c.slug,
			title: c.title,
			summary: c.summary,
			audiences: c.audiences,
			status: c.status,
			locale: c.locale,
			signatureCount: c.signatureCount,
			recipientCount: c.recipientCount,
			replied: c.transparency.replied,
			problem: c.manage.problem,
			asks: c.manage.asks,
			team: c.manage.coAdvocates.map((u) => ({ id: u.id, name: u.displayName, email: u.email })),
			canManageTeam: c.manage.canManageTeam,
			pendingSignatures: c.manage.pendingSignatures,
			briefs: c.manage.briefs
		},
		// After a change (post/redirect/get): what to confirm.
		flash: {
			created: q.get('creada') === '1',
			saved: q.get('guardada') === '1',
			status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as Status) : null,
			team: q.get('equipo') === '1'
		}
	};
};

export const actions: Actions = {
	guardar: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const values = readCampaignForm(await event.request.formData());
		const fieldErrors = checkCampaign(locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { action: 'guardar' as const, values, fieldErrors, message: null });
		// An empty address field keeps the address the campaign has.
		const res = await api(event).patch('/api/campaigns/{id}', campaignBody(values), { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'guardar' as const, values, ...apiErrors(locale, res, CAMPAIGN_FIELDS) });
		}
		redirect(303, `/incidencia/campanas/${id}?guardada=1#datos`);
	},

	estado: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const status = text(await event.request.formData(), 'status');
		if (!(STATUSES as readonly string[]).includes(status)) {
			return fail(400, { action: 'estado' as const, fieldErrors: errs(), message: t(event.locals.locale, 'form.genericError') });
		}
		const res = await api(event).patch('/api/campaigns/{id}', { status: status as Status }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'estado' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/incidencia/campanas/${id}?estado=${status}#estado`);
	},

	equipo: async (event) => {
		const user = requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const raw = text(await event.request.formData(), 'team');
		// An advocate who may change the team owns the campaign: the owner is never their own co-advocate
		// (and the API numbers its problems over the list without the owner).
		const emails = readEmails(raw).filter((e) => user.roles.includes('admin') || e !== user.email.toLowerCase());
		const problem = checkEmails(locale, emails);
		if (problem) return fail(400, { action: 'equipo' as const, team: raw, fieldErrors: errs({ team: problem }), message: null });
		const res = await api(event).patch('/api/campaigns/{id}', { coAdvocates: emails }, { params: { id } });
		if (!res.ok) {
			// 403 here is "only the owner changes the team": say it on the form, not as the 403 page.
			if (res.status === 401) failAccess(event, res);
			const unknown = Object.keys(res.error.fieldErrors)
				.map((f) => /^coAdvocates\.(\d+)$/.exec(f)?.[1])
				.filter((i): i is string => i !== undefined)
				.map((i) => emails[Number(i)])
				.filter(Boolean);
			const fieldErrors = unknown.length ? errs({ team: t(locale, 'adv.v.teamUnknown', { emails: unknown.join(', ') }) }) : errs();
			return fail(res.status, { action: 'equipo' as const, team: raw, fieldErrors, message: unknown.length ? null : res.error.message });
		}
		redirect(303, `/incidencia/campanas/${id}?equipo=1#equipo`);
	},

	informe: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = { title: cleanLine(text(data, 'title')), summary: cleanText(text(data, 'summary')), body: cleanText(text(data, 'body')) };
		const fieldErrors = errs();
		if (values.title.length < 5 || values.title.length > 200) fieldErrors.title = t(locale, 'adv.v.briefTitle');
		if (values.summary.length < 10 || values.summary.length > 3000) fieldErrors.summary = t(locale, 'adv.v.briefSummary');
		if (values.body.length < 10 || values.body.length > 100000) fieldErrors.body = t(locale, 'adv.v.briefBody');
		if (hasErrors(fieldErrors)) return fail(400, { action: 'informe' as const, values, fieldErrors, message: null });
		const res = await api(event).post('/api/campaigns/{id}/briefs', { ...values, recommendations: [], citations: [] }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'informe' as const, values, ...apiErrors(locale, res, BRIEF_FIELDS) });
		}
		redirect(303, `/incidencia/informes/${res.data.id}?creado=1#editar`);
	}
};
