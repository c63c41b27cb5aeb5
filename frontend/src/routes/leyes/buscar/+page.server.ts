import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/page-errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const q = (event.url.searchParams.get('q') ?? '').trim();
	// An empty search is the form alone: nothing to ask the API.
	if (!q) return { q, result: null, fieldError: null, message: null };
	const res = await api(event).get('/api/legal/search', { query: { q } });
	if (res.ok) return { q, result: res.data, fieldError: null, message: null };
	if (res.status === 400) {
		// The API checks the words (too short, too long, only words to leave out) and names its parameter and
		// rule; say it in the form's words.
		if (res.error.fieldErrors.q) {
			const rule = res.error.fieldRules.q;
			const key = rule === 'searchTerm' ? 'legal.search.onlyExcluded' : rule === 'maxLength' ? 'legal.search.tooLong' : 'legal.search.tooShort';
			return { q, result: null, fieldError: t(locale, key), message: null };
		}
		return { q, result: null, fieldError: null, message: res.error.message };
	}
	failLoad(event, res);
};
