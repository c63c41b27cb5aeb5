import type { components } from '$lib/api/schema';

type Schemas = components['schemas'];
export type NewsRegion = Schemas['SourceResponse']['region'];
export type NewsLanguage = Schemas['SourceResponse']['language'];
export type ReliabilityTier = Schemas['SourceResponse']['tier'];
export type NewsTag = Schemas['EditorialResponse']['tags'][number];
export type EditorialStatus = Schemas['EditorialResponse']['status'];

/** In the order the forms list them. */
export const REGIONS: readonly NewsRegion[] = ['ecuador', 'spain', 'eu', 'world'];
export const TIERS: readonly ReliabilityTier[] = ['official', 'established_media', 'civil_society', 'community'];
export const NEWS_LANGUAGES: readonly NewsLanguage[] = ['es', 'en'];

/**
 * The topics, in the API's order (backend/src/modules/news/tags.ts, NEWS_TAGS). A record so that the compiler
 * refuses a list that misses a topic of the API's enum; their labels are `nr.tag.*` in lib/i18n/newsroom.ts.
 */
const TAG_ORDER: Record<NewsTag, number> = {
	regularisation: 0,
	visas: 1,
	residence: 2,
	remittances: 3,
	deportation: 4,
	asylum: 5,
	work: 6,
	family: 7,
	nationality: 8,
	health: 9,
	education: 10,
	return: 11,
	consular: 12,
	trafficking: 13,
	discrimination: 14,
	borders: 15
};
export const NEWS_TAGS: readonly NewsTag[] = (Object.keys(TAG_ORDER) as NewsTag[]).sort((a, b) => TAG_ORDER[a] - TAG_ORDER[b]);

export function isRegion(value: unknown): value is NewsRegion {
	return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}
export function isTier(value: unknown): value is ReliabilityTier {
	return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}
export function isNewsLanguage(value: unknown): value is NewsLanguage {
	return typeof value === 'string' && (NEWS_LANGUAGES as readonly string[]).includes(value);
}
export function isNewsTag(value: unknown): value is NewsTag {
	return typeof value === 'string' && Object.hasOwn(TAG_ORDER, value);
}

/** A citation row of the editor: the text and, optionally, its link. */
export interface CitationRow {
	text: string;
	url: string;
}

/** Empty citation rows the editor always offers below the filled ones (the form works without JavaScript). */
export const EMPTY_CITATION_ROWS = 5;
/** The API's limit. */
export const MAX_CITATIONS = 50;

/** The rows to show: the filled ones, then empty ones up to EMPTY_CITATION_ROWS more (never past the limit). */
export function citationRows(filled: readonly CitationRow[]): CitationRow[] {
	const rows = filled.map((c) => ({ text: c.text, url: c.url }));
	const extra = Math.max(0, Math.min(EMPTY_CITATION_ROWS, MAX_CITATIONS - rows.length));
	for (let i = 0; i < extra; i++) rows.push({ text: '', url: '' });
	return rows;
}

/** A long technical text cut for a table cell (the full text is on the source's own page). */
export function shorten(value: string, max = 160): string {
	return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

/** The sources list's filter (`?estado=`), in the order it offers them. */
export const SOURCE_STATES = ['all', 'active', 'inactive', 'failing', 'flagged'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

export function isSourceState(value: unknown): value is SourceState {
	return typeof value === 'string' && (SOURCE_STATES as readonly string[]).includes(value);
}

/** One page of a list (`page` is 1-based and is brought into range). */
export function pageOf<T>(list: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
	const pages = Math.max(1, Math.ceil(list.length / size));
	const p = Math.min(Math.max(1, page), pages);
	return { items: list.slice((p - 1) * size, p * size), page: p, pages };
}

/** `?pagina=` as a number (1 when missing or not a page number). */
export function pageParam(value: string | null): number {
	const n = Number(value ?? '1');
	return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export const EDITORIAL_STATUSES: readonly EditorialStatus[] = ['draft', 'in_review', 'published'];

export function isEditorialStatus(value: unknown): value is EditorialStatus {
	return typeof value === 'string' && (EDITORIAL_STATUSES as readonly string[]).includes(value);
}
