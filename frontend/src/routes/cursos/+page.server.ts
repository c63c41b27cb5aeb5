import { error } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
type Level = (typeof LEVELS)[number];

export const load: PageServerLoad = async (event) => {
	const rawLevel = event.url.searchParams.get('nivel') ?? '';
	const level = (LEVELS as readonly string[]).includes(rawLevel) ? (rawLevel as Level) : undefined;
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const res = await api(event).get('/api/courses', { query: { level, q: q || undefined } });
	if (!res.ok) error(res.status >= 500 ? 502 : res.status, res.error.message);
	return { courses: res.data, level: level ?? '', q, levels: LEVELS };
};
