import { error, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { normaliseCode } from '$lib/certificates';
import type { PageServerLoad } from './$types';

/**
 * The public verification page: where the QR code on every certificate points. Anyone holding the code
 * sees whether it is valid or revoked and what it states. The API answers every wrong code with the same
 * 404 and limits look-ups per person (429): both get a page of their own (+error.svelte) with that status.
 */
export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const code = normaliseCode(event.params.code);
	// Typed by hand (lower case, dashes): the one address of this certificate.
	if (code && code !== event.params.code) redirect(301, `/verificar/${code}`);
	// Not even the shape of a code: no certificate has it, and no look-up is spent on it.
	if (!code) error(404, t(locale, 'verifyCert.notFoundTitle'));

	const res = await api(event).get('/api/certificates/{code}', { params: { code } });
	if (!res.ok) {
		if (res.status === 404 || res.status === 400) error(404, t(locale, 'verifyCert.notFoundTitle'));
		if (res.status === 429) error(429, t(locale, 'verifyCert.tooManyTitle'));
		error(res.status >= 500 ? 502 : res.status, res.error.message);
	}
	const c = res.data;
	return {
		certificate: {
			code: c.code,
			codeGrouped: c.codeGrouped,
			status: c.status,
			learnerName: c.learnerName,
			courseTitle: c.course.title,
			hours: c.hours,
			startsOn: c.startsOn,
			endsOn: c.endsOn,
			trainerName: c.trainerName,
			issuer: c.issuer,
			issuedAt: c.issuedAt,
			revokedAt: c.revokedAt
		}
	};
};
