import { fail, redirect } from '@sveltejs/kit';
import { isUuid } from '$lib/server/page-errors';
import { api } from '$lib/server/api';
import { failAccess, failLoad, requireEditor } from '$lib/server/newsroom';
import type { Actions, PageServerLoad } from './$types';

/** Published items the dashboard lists (the newest). */
const RECENT = 10;
/** Items of each other group the dashboard lists; the rest are on /redaccion/noticias. */
const CAP = 15;

export const load: PageServerLoad = async (event) => {
	const user = requireEditor(event);
	const [itemsRes, sourcesRes, runsRes] = await Promise.all([
		api(event).get('/api/news/editorial'),
		api(event).get('/api/news/sources'),
		api(event).get('/api/news/ingest/runs')
	]);
	if (!itemsRes.ok) failLoad(event, itemsRes);
	if (!sourcesRes.ok) failLoad(event, sourcesRes);
	if (!runsRes.ok) failLoad(event, runsRes);

	// Only what the page shows.
	const row = (i: (typeof itemsRes.data)[number]) => ({
		id: i.id,
		title: i.title,
		authorName: i.authorName,
		mine: i.authorId === user.id,
		canVerify: i.canVerify,
		// Why not: the API only says whether; the desk says why.
		lastEditor: i.lastEditedById === user.id,
		submittedAt: i.submittedAt,
		updatedAt: i.updatedAt,
		returned: i.reviewNote !== null,
		publishedAt: i.publishedAt,
		verifiedBy: i.verified?.name ?? null
	});
	const items = itemsRes.data;
	const drafts = items.filter((i) => i.status === 'draft');
	const group = (list: typeof items, cap = CAP) => ({ items: list.slice(0, cap).map(row), count: list.length });
	const queue = {
		// The one waiting longest first.
		inReview: group(items.filter((i) => i.status === 'in_review').sort((a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt))),
		myDrafts: group(drafts.filter((i) => i.authorId === user.id)),
		otherDrafts: group(drafts.filter((i) => i.authorId !== user.id)),
		recent: group(
			items.filter((i) => i.status === 'published').sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
			RECENT
		)
	};

	const sources = sourcesRes.data;
	const runs = runsRes.data;
	const asked = event.url.searchParams.get('lectura') ?? '';
	const shown = isUuid(asked) ? runs.find((r) => r.id === asked.toLowerCase()) : undefined;
	return {
		queue,
		sources: { total: sources.length, active: sources.filter((s) => s.active).length },
		attention: sources
			.filter((s) => s.flagged && s.active)
			.map((s) => ({ id: s.id, name: s.name, failures: s.consecutiveFailures, lastError: s.lastError, nextAttemptAt: s.nextAttemptAt })),
		runs: runs.map((r) => ({
			id: r.id,
			trigger: r.trigger,
			startedAt: r.startedAt,
			finishedAt: r.finishedAt,
			counts: r.report
				? { sources: r.report.sources, newItems: r.report.newItems, duplicates: r.report.duplicates, filtered: r.report.filtered, failed: r.report.failed.length }
				: null
		})),
		// After "Leer las fuentes ahora" (post/redirect/get), or a run picked in the list: its whole report.
		report: shown ? { id: shown.id, startedAt: shown.startedAt, finishedAt: shown.finishedAt, report: shown.report } : null
	};
};

export const actions: Actions = {
	leer: async (event) => {
		requireEditor(event);
		const res = await api(event).post('/api/news/ingest');
		if (!res.ok) {
			failAccess(event, res);
			// 409: a run (scheduled, or another editor's) is going on; the API says so in the person's language.
			return fail(res.status, { message: res.error.message });
		}
		redirect(303, `/redaccion?lectura=${res.data.runId}#lectura`);
	}
};
