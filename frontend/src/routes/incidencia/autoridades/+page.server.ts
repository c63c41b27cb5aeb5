import { isLevel } from '$lib/advocacy';
import { api } from '$lib/server/api';
import { failLoad, requireAdvocate } from '$lib/server/advocacy';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const q = event.url.searchParams;
	const level = q.get('nivel') ?? '';
	const country = (q.get('pais') ?? '').trim().toUpperCase();
	const filters = {
		country: /^[A-Z]{2}$/.test(country) ? country : '',
		level: isLevel(level) ? level : '',
		institution: (q.get('institucion') ?? '').trim().slice(0, 200),
		q: (q.get('q') ?? '').trim().slice(0, 100),
		inactive: q.get('inactivas') === '1'
	};
	const rawPage = Number(q.get('pagina') ?? '1');
	const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 10_000 ? rawPage : 1;

	const res = await api(event).get('/api/officials', {
		query: {
			country: filters.country || undefined,
			level: isLevel(filters.level) ? filters.level : undefined,
			institution: filters.institution || undefined,
			q: filters.q || undefined,
			active: filters.inactive ? 'all' : undefined,
			page,
			pageSize: PAGE_SIZE
		}
	});
	if (!res.ok) failLoad(event, res);
	const d = res.data;
	const count = (name: string) => {
		const n = Number(q.get(name));
		return Number.isInteger(n) && n >= 0 ? n : null;
	};
	return {
		filters,
		page: d.page,
		pages: Math.max(1, Math.ceil(d.total / PAGE_SIZE)),
		total: d.total,
		countries: d.countries,
		institutions: d.institutions,
		items: d.items.map((o) => ({
			id: o.id,
			name: o.name,
			position: o.position,
			institution: o.institution,
			level: o.level,
			country: o.country,
			region: o.region,
			email: o.email,
			sourceUrl: o.sourceUrl,
			lastVerifiedOn: o.lastVerifiedOn,
			needsVerification: o.needsVerification,
			active: o.active
		})),
		// After an import (post/redirect/get): how many were created, updated and left out.
		imported: q.has('importadas') ? { created: count('importadas') ?? 0, updated: count('actualizadas') ?? 0, skipped: count('omitidas') ?? 0 } : null
	};
};
