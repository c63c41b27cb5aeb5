import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { pageOf, pageParam } from '$lib/newsroom';
import { api } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { canClaim, failAccess, failLoad, isModerator, requireForumDesk } from '$lib/server/forum-desk';
import { isUuid } from '$lib/server/page-errors';
import type { Actions, PageServerLoad } from './$types';

/** Rows a page shows: the API lists up to 200, and the page (with its data, for the enhanced forms) must stay under 30 KB. */
const PAGE_SIZE = 15;
const FLASHES = ['reservada', 'liberada'] as const;
type Flash = (typeof FLASHES)[number];

export const load: PageServerLoad = async (event) => {
	const user = requireForumDesk(event);
	const res = await api(event).get('/api/forum/queue');
	if (!res.ok) failLoad(event, res);
	const q = event.url.searchParams;
	const shown = pageOf(res.data, pageParam(q.get('pagina')), PAGE_SIZE);
	const done = q.get('hecho');
	const flashed = res.data.find((i) => i.id === q.get('pregunta'));
	return {
		canClaim: canClaim(user),
		canReleaseAny: isModerator(user),
		total: res.data.length,
		page: shown.page,
		pages: shown.pages,
		// Only what the table shows. The asker as the public sees them: a pseudonym when the question is anonymous.
		items: shown.items.map((i) => ({
			id: i.id,
			title: i.title,
			category: i.category.name,
			asker: i.asker,
			waitingHours: i.waitingHours,
			overdue: i.overdue,
			claim: i.claim
		})),
		flash: (FLASHES as readonly string[]).includes(done ?? '') ? { kind: done as Flash, title: flashed?.title ?? null } : null
	};
};

/** Back to the same page of the queue, on the row just acted on. */
function back(event: RequestEvent, id: string, done: Flash): never {
	const page = pageParam(event.url.searchParams.get('pagina'));
	redirect(303, `/foro/cola?${page > 1 ? `pagina=${page}&` : ''}hecho=${done}&pregunta=${id}#q-${id}`);
}

async function questionId(event: RequestEvent): Promise<string | null> {
	const id = text(await event.request.formData(), 'id');
	return isUuid(id) ? id.toLowerCase() : null;
}

export const actions: Actions = {
	reservar: async (event) => {
		const user = requireForumDesk(event);
		if (!canClaim(user)) error(403, t(event.locals.locale, 'error.403'));
		const id = await questionId(event);
		if (!id) return fail(400, { id: null, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).post('/api/forum/questions/{id}/claim', undefined, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			// 409: someone else has it (the API names them), or it was closed meanwhile; 404: it is gone.
			return fail(res.status, { id, message: res.error.message });
		}
		back(event, id, 'reservada');
	},

	liberar: async (event) => {
		requireForumDesk(event);
		const id = await questionId(event);
		if (!id) return fail(400, { id: null, message: t(event.locals.locale, 'form.genericError') });
		const res = await api(event).delete('/api/forum/questions/{id}/claim', { params: { id } });
		if (!res.ok) {
			// 403 here is "someone else's claim" (it changed hands meanwhile): say it on the page, not as the 403 page.
			if (res.status === 401) failAccess(event, res);
			return fail(res.status, { id, message: res.error.message });
		}
		back(event, id, 'liberada');
	}
};
