import { redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { codeProblem, normaliseCode } from '$lib/certificates';
import type { PageServerLoad } from './$types';

/**
 * The form to type a certificate's code. It is a GET form to this same page: a code of the right shape
 * goes on to its verification page (/verificar/<CODE>, where the PDF's QR code points); anything else
 * comes back here with what is wrong, without asking the API (look-ups are rate-limited).
 */
export const load: PageServerLoad = (event) => {
	const typed = event.url.searchParams.get('codigo');
	if (typed === null) return { value: '', error: null };
	const code = normaliseCode(typed);
	if (code) redirect(303, `/verificar/${code}`);
	const problem = codeProblem(typed);
	const value = typed.trim().slice(0, 60);
	return { value, error: problem ? t(event.locals.locale, problem.key, { count: problem.count }) : null };
};
