import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { errs, hasErrors, text } from '$lib/server/forms';
import { apiProblem, cleanText, failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad } from './$types';

/** The filters, by the words in the address (?estado=aprobadas) and the API's statuses. */
const FILTERS = { pendientes: 'pending', aprobadas: 'passed', cambios: 'failed' } as const;
type Filter = keyof typeof FILTERS;
const PAGE_SIZE = 10;

function isFilter(value: string | null): value is Filter {
	return value !== null && value in FILTERS;
}

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const raw = event.url.searchParams.get('estado');
	const filter: Filter = isFilter(raw) ? raw : 'pendientes';
	const res = await api(event).get('/api/classes/{id}/submissions', { params: { id }, query: { status: FILTERS[filter] } });
	if (!res.ok) failLoad(event, res);

	// A page at a time: submitted texts can be long, and a phone should not load hundreds at once.
	const pages = Math.max(1, Math.ceil(res.data.length / PAGE_SIZE));
	const rawPage = Number(event.url.searchParams.get('pagina') ?? '1');
	const page = Number.isInteger(rawPage) && rawPage >= 1 ? Math.min(rawPage, pages) : 1;
	const items = res.data.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((s) => ({
		id: s.id,
		learnerName: s.learnerName,
		assignmentTitle: s.assignmentTitle,
		text: s.text,
		link: s.link,
		status: s.status,
		score: s.score,
		feedback: s.feedback,
		submittedAt: s.submittedAt,
		gradedAt: s.gradedAt
	}));
	return { filter, status: FILTERS[filter], filters: (Object.keys(FILTERS) as Filter[]).map((slug) => ({ slug, status: FILTERS[slug] })), items, total: res.data.length, page, pages };
};

export const actions: Actions = {
	corregir: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const submissionId = text(data, 'submissionId');
		const values = { result: text(data, 'result'), score: text(data, 'score').trim(), feedback: cleanText(text(data, 'feedback')) };

		// Only a submission of this class waiting for a grade (and its author's name for the message).
		const queue = await api(event).get('/api/classes/{id}/submissions', { params: { id }, query: { status: 'pending' } });
		if (!queue.ok) failLoad(event, queue);
		const item = queue.data.find((s) => s.id === submissionId);
		if (!item) return fail(409, { submissionId, values, fieldErrors: errs(), message: t(locale, 'teach.gradeGone'), done: null });

		const fieldErrors = errs();
		if (values.result !== 'passed' && values.result !== 'failed') fieldErrors.passed = t(locale, 'teach.v.result');
		const score = Number(values.score);
		if (values.score && (!/^\d{1,3}$/.test(values.score) || score > 100)) fieldErrors.score = t(locale, 'teach.v.score');
		if (values.feedback.length < 2 || values.feedback.length > 5000) fieldErrors.feedback = t(locale, 'teach.v.feedback');
		if (hasErrors(fieldErrors)) return fail(400, { submissionId, values, fieldErrors, message: null, done: null });

		const res = await api(event).post(
			'/api/submissions/{id}/grade',
			{ passed: values.result === 'passed', feedback: values.feedback, ...(values.score ? { score } : {}) },
			{ params: { id: submissionId } }
		);
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { submissionId, values, ...apiProblem(res), done: null });
		}
		return { submissionId, values: null, fieldErrors: errs(), message: null, done: t(locale, 'teach.graded', { name: item.learnerName }) };
	}
};
