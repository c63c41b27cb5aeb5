import { fail, redirect } from '@sveltejs/kit';
import { citationLines } from '$lib/advocacy';
import { api } from '$lib/server/api';
import { apiErrors, BRIEF_FIELDS, checkBrief, failAccess, failLoad, readBriefForm, requireAdvocate, requireUuid } from '$lib/server/advocacy';
import { hasErrors, text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const id = requireUuid(event, event.params.id);
	const [latestRes, deliveriesRes] = await Promise.all([
		api(event).get('/api/briefs/{id}', { params: { id } }),
		api(event).get('/api/briefs/{id}/deliveries', { params: { id } })
	]);
	if (!latestRes.ok) failLoad(event, latestRes);
	if (!deliveriesRes.ok) failLoad(event, deliveriesRes);
	const brief = latestRes.data;

	// The version to show (?version=N), else the latest; a version that does not exist is a wrong address.
	const asked = Number(event.url.searchParams.get('version'));
	let shown = brief.version;
	if (Number.isInteger(asked) && asked >= 1 && asked !== brief.latestVersion) {
		const res = await api(event).get('/api/briefs/{id}', { params: { id }, query: { version: asked } });
		if (!res.ok) failLoad(event, res);
		shown = res.data.version;
	}
	const latest = brief.version;
	const q = event.url.searchParams;
	return {
		brief: {
			id: brief.id,
			campaignId: brief.campaignId,
			campaignTitle: brief.campaignTitle,
			latestVersion: brief.latestVersion,
			confirmedSignatures: brief.confirmedSignatures
		},
		values: {
			title: latest.title,
			summary: latest.summary,
			body: latest.body,
			recommendations: latest.recommendations.join('\n'),
			citations: citationLines(latest.citations)
		},
		shown: {
			number: shown.number,
			title: shown.title,
			summary: shown.summary,
			bodyHtml: shown.bodyHtml,
			recommendations: shown.recommendations,
			citations: shown.citations,
			authorName: shown.authorName,
			createdAt: shown.createdAt,
			frozenAt: shown.frozenAt
		},
		versions: brief.versions.map((v) => ({ number: v.number, authorName: v.authorName, createdAt: v.createdAt, frozenAt: v.frozenAt })),
		sends: deliveriesRes.data.sends.map((s) => ({ id: s.id, version: s.version, subject: s.subject, createdAt: s.createdAt, total: s.total, counts: s.counts })),
		flash: { created: q.get('creado') === '1', saved: q.get('guardado') === '1', unchanged: q.get('sincambios') === '1' }
	};
};

export const actions: Actions = {
	guardar: async (event) => {
		requireAdvocate(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const values = readBriefForm(data);
		const base = Number(text(data, 'base'));
		const { errors, recommendations, citations } = checkBrief(locale, values);
		if (hasErrors(errors)) return fail(400, { values, fieldErrors: errors, message: null });

		const res = await api(event).put(
			'/api/briefs/{id}',
			{ title: values.title, summary: values.summary, body: values.body, recommendations, citations: citations.map((c) => ({ text: c.text, url: c.url })) },
			{ params: { id } }
		);
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, BRIEF_FIELDS) });
		}
		// Saving the same content makes no new version: say so instead of "saved".
		redirect(303, `/incidencia/informes/${id}?${res.data.latestVersion === base ? 'sincambios=1' : 'guardado=1'}#editar`);
	}
};
