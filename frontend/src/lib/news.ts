import type { components } from '$lib/api/schema';
import { madridDay } from '$lib/campaigns';
import { formatDay, formatDayShort } from '$lib/format';
import type { Locale } from '$lib/i18n';

export type NewsSummary = components['schemas']['NewsSummary'];
export type NewsDetail = components['schemas']['NewsDetail'];
export type PublicSource = components['schemas']['PublicSourceResponse'];
export type NewsRegion = NewsSummary['region'];
export type NewsTag = NewsSummary['tags'][number];
export type ReliabilityTier = PublicSource['tier'];

/** Every region, in the API's order (the filter and the sources page list them so). */
export const NEWS_REGIONS = Object.keys({ ecuador: 1, spain: 1, eu: 1, world: 1 } satisfies Record<NewsRegion, 1>) as NewsRegion[];

/** Every topic, in the API's order (backend/src/modules/news/tags.ts); a missing one is a type error. */
export const NEWS_TAGS = Object.keys({
	regularisation: 1,
	visas: 1,
	residence: 1,
	remittances: 1,
	deportation: 1,
	asylum: 1,
	work: 1,
	family: 1,
	nationality: 1,
	health: 1,
	education: 1,
	return: 1,
	consular: 1,
	trafficking: 1,
	discrimination: 1,
	borders: 1
} satisfies Record<NewsTag, 1>) as NewsTag[];

/** The tiers, from the most to the least formal (the sources page explains them in this order). */
export const TIERS = Object.keys({ official: 1, established_media: 1, civil_society: 1, community: 1 } satisfies Record<ReliabilityTier, 1>) as ReliabilityTier[];

export const isRegion = (v: unknown): v is NewsRegion => typeof v === 'string' && (NEWS_REGIONS as string[]).includes(v);
export const isTag = (v: unknown): v is NewsTag => typeof v === 'string' && (NEWS_TAGS as string[]).includes(v);

/** The list's filters as they travel in its address (`/noticias?region=&tema=&q=&fuente=&pagina=`). */
export interface NewsFilters {
	region?: NewsRegion;
	tag?: NewsTag;
	q?: string;
	/** A source's id (from the sources page). */
	source?: string;
	page?: number;
}

/** The list's address for these filters; empty ones (and page 1) are left out. */
export function newsHref(f: NewsFilters): string {
	const params = new URLSearchParams();
	if (f.region) params.set('region', f.region);
	if (f.tag) params.set('tema', f.tag);
	if (f.q) params.set('q', f.q);
	if (f.source) params.set('fuente', f.source);
	if (f.page && f.page > 1) params.set('pagina', String(f.page));
	const qs = params.toString();
	return qs ? `/noticias?${qs}` : '/noticias';
}

export const FEED_FORMATS = [
	{ ext: 'xml', type: 'application/rss+xml', name: 'RSS' },
	{ ext: 'atom', type: 'application/atom+xml', name: 'Atom' },
	{ ext: 'json', type: 'application/feed+json', name: 'JSON Feed' }
] as const;

/** Our own feed (RSS, Atom or JSON Feed), for one region or all. */
export function feedHref(ext: (typeof FEED_FORMATS)[number]['ext'], region?: NewsRegion): string {
	return `/api/news/feed.${ext}${region ? `?region=${region}` : ''}`;
}

/** The day an item was published, short ("3 dic 2026"), as in Spain, where most readers live. */
export function newsDayShort(iso: string, locale: Locale): string {
	return formatDayShort(madridDay(iso), locale);
}

/** The day an item was published, in full ("3 de diciembre de 2026"). */
export function newsDay(iso: string, locale: Locale): string {
	return formatDay(madridDay(iso), locale);
}

/** An item's language, when it is not the page's: for its `lang` attribute. */
export function otherLang(itemLanguage: Locale, pageLocale: Locale): Locale | undefined {
	return itemLanguage === pageLocale ? undefined : itemLanguage;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of the API's sanitised HTML, for a page's description: tags dropped, entities read, cut at a word. */
export function plainText(html: string, max: number): string {
	const text = html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
			if (dec || hex) {
				const code = dec ? Number(dec) : parseInt(hex!, 16);
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name!.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
