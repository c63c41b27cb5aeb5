import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { normaliseCode } from '$lib/certificates';
import { api } from '$lib/server/api';
import { errs, hasErrors, text } from '$lib/server/forms';
import { isUuid } from '$lib/server/page-errors';
import { apiProblem, cleanText, failAccess, failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function classCertificates(event: RequestEvent, id: string) {
	const res = await api(event).get('/api/classes/{id}/certificates', { params: { id } });
	if (!res.ok) failLoad(event, res);
	return res.data;
}

/** The reason as the API keeps it: one line (every run of white space, line breaks too, is one space). */
function cleanReason(value: string): string {
	return cleanText(value).replace(/\s+/g, ' ');
}

export const load: PageServerLoad = async (event) => {
	requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const data = await classCertificates(event, id);

	// The run started from this page (post/redirect/get: ?job=<id>), else the latest one of the class.
	const jobId = event.url.searchParams.get('job');
	let batch = data.latestBatch;
	if (jobId && isUuid(jobId)) {
		const job = await api(event).get('/api/classes/{id}/certificates/jobs/{jobId}', { params: { id, jobId } });
		if (job.ok) batch = job.data;
		else if (job.status !== 404) failLoad(event, job);
	}

	const certificates = data.certificates.map((c) => ({
		code: c.code,
		codeGrouped: c.codeGrouped,
		status: c.status,
		learnerName: c.learnerName,
		issuedAt: c.issuedAt,
		revokedAt: c.revokedAt,
		revokedReason: c.revokedReason,
		canRevoke: c.canRevoke && c.status === 'valid'
	}));
	// The certificate chosen for revoking (?revocar=<code>: a link in its row, so it works without JavaScript).
	const chosen = normaliseCode(event.url.searchParams.get('revocar') ?? '');
	const revoking = certificates.find((c) => c.code === chosen && c.canRevoke) ?? null;
	// After revoking (post/redirect/get): whose.
	const revoked = normaliseCode(event.url.searchParams.get('revocado') ?? '');
	const revokedName = revoked ? (certificates.find((c) => c.code === revoked && c.status === 'revoked')?.learnerName ?? null) : null;

	return { certificates, completedWithout: data.completedWithout, batch, revoking, revokedName };
};

export const actions: Actions = {
	emitir: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const res = await api(event).post('/api/classes/{id}/certificates', undefined, { params: { id } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'emitir' as const, code: null, values: null, fieldErrors: errs(), message: res.error.message });
		}
		redirect(303, `/mis-clases/${id}/certificados?job=${res.data.id}`);
	},

	revocar: async (event) => {
		requireTrainer(event);
		const id = requireUuid(event, event.params.id);
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const code = normaliseCode(text(data, 'code'));
		const values = { reason: cleanReason(text(data, 'reason')) };

		// Only a valid certificate of this class, as listed on the page, not any code sent to it.
		const list = await classCertificates(event, id);
		const target = list.certificates.find((c) => c.code === code && c.canRevoke && c.status === 'valid');
		if (!code || !target) return fail(409, { action: 'revocar' as const, code: null, values, fieldErrors: errs(), message: t(locale, 'classCerts.v.certificate') });

		const fieldErrors = errs();
		if (values.reason.length < 3 || values.reason.length > 500) fieldErrors.reason = t(locale, 'classCerts.v.reason');
		if (hasErrors(fieldErrors)) return fail(400, { action: 'revocar' as const, code, values, fieldErrors, message: null });

		const res = await api(event).post('/api/certificates/{code}/revoke', values, { params: { code } });
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { action: 'revocar' as const, code, values, ...apiProblem(res) });
		}
		redirect(303, `/mis-clases/${id}/certificados?revocado=${code}#certificados`);
	}
};
