import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { api } from '$lib/server/api';
import {
	apiErrors,
	checkCorrection,
	checkItem,
	checkNote,
	failAccess,
	failLoad,
	ITEM_FIELDS,
	itemBody,
	readItemForm,
	requireEditor,
	requireUuid
} from '$lib/server/newsroom';
import { errs, hasErrors, text } from '$lib/server/forms';
import { cleanText } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

type Item = components['schemas']['EditorialResponse'];
type Content = components['schemas']['EditorialContent'];

const FLASHES = ['creada', 'guardada', 'aborrador', 'sincambios', 'enviada', 'devuelta', 'publicada', 'corregida'] as const;
type Flash = (typeof FLASHES)[number];

async function item(event: RequestEvent, id: string): Promise<Item> {
	const res = await api(event).get('/api/news/editorial/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	return res.data;
}

/** Whether the form says anything the item does not: saving the same text must not make the editor its last editor. */
function changed(current: Item, next: Content): boolean {
	const tags = (t: readonly string[]) => [...t].sort().join(',');
	const cites = (c: readonly { text: string; url: string | null }[]) => JSON.stringify(c.map((x) => [x.text, x.url ?? null]));
	return (
		current.title !== next.title ||
		current.summary !== next.summary ||
		current.body !== next.body ||
		current.region !== next.region ||
		current.language !== next.language ||
		tags(current.tags) !== tags(next.tags ?? []) ||
		cites(current.citations) !== cites(next.citations)
	);
}

export const load: PageServerLoad = async (event) => {
	const user = requireEditor(event);
	const id = requireUuid(event, event.params.id);
	const i = await item(event, id);
	const flash = event.url.searchParams.get('hecho');
	return {
		item: {
			id: i.id,
			slug: i.slug,
			status: i.status,
			title: i.title,
			summary: i.summary,
			// The text as readers get it (Markdown rendered and sanitised by the API): what a reviewer verifies.
			bodyHtml: i.bodyHtml,
			region: i.region,
			language: i.language,
			tags: i.tags,
			citations: i.citations,
			authorName: i.authorName,
			mine: i.authorId === user.id,
			lastEditedByName: i.lastEditedByName,
			lastEditor: i.lastEditedById === user.id,
			updatedAt: i.updatedAt,
			submittedAt: i.submittedAt,
			reviewNote: i.reviewNote,
			verified: i.verified,
			publishedAt: i.publishedAt,
			corrections: i.corrections,
			canVerify: i.canVerify
		},
		values: { title: i.title, summary: i.summary, body: i.body, region: i.region, language: i.language, tags: i.tags, citations: i.citations.map((c) => ({ text: c.text, url: c.url ?? '' })) },
		flash: (FLASHES as readonly string[]).includes(flash ?? '') ? (flash as Flash) : null
	};
};

/** Saves the form when it changes anything; on a problem, the form's failure to return. */
async function save(event: RequestEvent, id: string, action: 'guardar' | 'enviar') {
	const locale = event.locals.locale;
	const values = readItemForm(await event.request.formData());
	const { errors, citations } = checkItem(locale, values);
	if (hasErrors(errors)) return { failure: fail(400, { action, values, fieldErrors: errors, message: null }) };
	const body = itemBody(values, citations);
	const before = await item(event, id);
	if (!changed(before, body)) return { saved: false, backToDraft: false };
	const res = await api(event).patch('/api/news/editorial/{id}', body, { params: { id } });
	if (!res.ok) {
		failAccess(event, res);
		return { failure: fail(res.status, { action, values, ...apiErrors(locale, res, ITEM_FIELDS) }) };
	}
	return { saved: true, backToDraft: before.status === 'in_review' && res.data.status === 'draft' };
}

export const actions: Actions = {
	guardar: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const result = await save(event, id, 'guardar');
		if (result.failure) return result.failure;
		redirect(303, `/redaccion/noticias/${id}?hecho=${result.backToDraft ? 'aborrador' : result.saved ? 'guardada' : 'sincambios'}`);
	},

	/** "Enviar a revisión" is a second button of the edit form: what was typed is saved first. */
	enviar: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const result = await save(event, id, 'enviar');
		if (result.failure) return result.failure;
		const res = await api(event).post('/api/news/editorial/{id}/submit', undefined, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'enviar' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/redaccion/noticias/${id}?hecho=enviada`);
	},

	devolver: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const note = cleanText(text(await event.request.formData(), 'note'));
		const problem = checkNote(event.locals.locale, note);
		if (problem) return fail(400, { action: 'devolver' as const, note, fieldErrors: errs({ note: problem }), message: null });
		const res = await api(event).post('/api/news/editorial/{id}/return', { note }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'devolver' as const, note, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/redaccion/noticias/${id}?hecho=devuelta`);
	},

	verificar: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const res = await api(event).post('/api/news/editorial/{id}/verify', undefined, { params: { id } });
		if (!res.ok) {
			// 403 here is "not the author nor the last editor": say it on the page, not as the 403 page.
			if (res.status === 401) failAccess(event, res);
			return fail(res.status, { action: 'verificar' as const, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/redaccion/noticias/${id}?hecho=publicada`);
	},

	corregir: async (event) => {
		requireEditor(event);
		const id = requireUuid(event, event.params.id);
		const correction = cleanText(text(await event.request.formData(), 'correction'));
		const problem = checkCorrection(event.locals.locale, correction);
		if (problem) return fail(400, { action: 'corregir' as const, correction, fieldErrors: errs({ correction: problem }), message: null });
		const res = await api(event).post('/api/news/editorial/{id}/corrections', { body: correction }, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'corregir' as const, correction, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/redaccion/noticias/${id}?hecho=corregida#correcciones`);
	}
};
