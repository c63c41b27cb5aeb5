import { error, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { isNewsLanguage, isNewsTag, isRegion, isTier, MAX_CITATIONS, type CitationRow, type NewsTag } from '$lib/newsroom';
import { t, type Locale, type MessageKey } from '$lib/i18n';
import { cleanLine } from './advocacy';
import { type FieldErrors, text } from './forms';
import { cleanText } from './teaching';
import { requireUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;
type Schemas = components['schemas'];

export { apiErrors, failAccess, failLoad, requireUuid } from './advocacy';

/** The logged-in editor (or admin); anyone else gets the 403 page. */
export function requireEditor(event: Event): NonNullable<App.Locals['user']> {
	const user = requireUser(event);
	if (!user.roles.includes('editor') && !user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

/** The API's own test for a feed or site address (news.dto.ts, HTTP_URL). */
/** http(s) with a host; no spaces, quotes, angle brackets or other characters a URL must escape. */
const HTTP_URL = /^https?:\/\/[^\s/$.?#"'<>\\^`{|}][^\s"'<>\\^`{|}]*$/i;
/** A citation: an http(s) address, or a path on Puente (one slash: "//host" would leave the site). */
const CITATION_URL = /^(https?:\/\/[^\s/$.?#"'<>\\^`{|}][^\s"'<>\\^`{|}]*|\/(?![/\\])[^\s"'<>\\^`{|}]*)$/i;
/** A citation's link: a web address, or a Puente page starting with / (news.dto.ts, CitationInput). */

function between(value: string, min: number, max: number): boolean {
	return value.length >= min && value.length <= max;
}

// ---------------------------------------------------------------------------------------------------------
// Sources

export interface SourceValues {
	name: string;
	feedUrl: string;
	siteUrl: string;
	region: string;
	language: string;
	tier: string;
	active: boolean;
	keywordFilter: boolean;
	notes: string;
}

export function readSourceForm(data: FormData): SourceValues {
	return {
		name: cleanLine(text(data, 'name')),
		feedUrl: text(data, 'feedUrl').trim(),
		siteUrl: text(data, 'siteUrl').trim(),
		region: text(data, 'region'),
		language: text(data, 'language'),
		tier: text(data, 'tier'),
		active: data.get('active') === 'yes',
		keywordFilter: data.get('keywordFilter') === 'yes',
		notes: cleanText(text(data, 'notes'))
	};
}

export function checkSource(locale: Locale, v: SourceValues): FieldErrors {
	const e: FieldErrors = {};
	if (!between(v.name, 2, 120)) e.name = t(locale, 'nr.v.sourceName');
	if (v.feedUrl && (v.feedUrl.length > 1000 || !HTTP_URL.test(v.feedUrl))) e.feedUrl = t(locale, 'nr.v.feedUrl');
	else if (v.active && !v.feedUrl) e.feedUrl = t(locale, 'nr.v.feedRequired');
	if (!v.siteUrl || v.siteUrl.length > 1000 || !HTTP_URL.test(v.siteUrl)) e.siteUrl = t(locale, 'nr.v.siteUrl');
	if (!isRegion(v.region)) e.region = t(locale, 'nr.v.region');
	if (!isNewsLanguage(v.language)) e.language = t(locale, 'nr.v.language');
	if (!isTier(v.tier)) e.tier = t(locale, 'nr.v.tier');
	if (v.notes.length > 2000) e.notes = t(locale, 'nr.v.notes');
	return e;
}

/** Create and update share the body: an empty feed or note is stored as "none" (null). */
export function sourceBody(v: SourceValues): Schemas['CreateSourceRequest'] & Schemas['UpdateSourceRequest'] {
	return {
		name: v.name,
		feedUrl: v.feedUrl || null,
		siteUrl: v.siteUrl,
		region: isRegion(v.region) ? v.region : 'spain',
		language: isNewsLanguage(v.language) ? v.language : 'es',
		tier: isTier(v.tier) ? v.tier : 'community',
		active: v.active,
		keywordFilter: v.keywordFilter,
		notes: v.notes || null
	};
}

/**
 * The API's field problems in this form's words. The form checks everything the API does except that a
 * feed address is unique, so a feed address the API refuses is one another source already reads.
 */
export const SOURCE_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	name: { field: 'name', key: 'nr.v.sourceName' },
	feedUrl: { field: 'feedUrl', key: 'nr.v.feedTaken' },
	siteUrl: { field: 'siteUrl', key: 'nr.v.siteUrl' },
	region: { field: 'region', key: 'nr.v.region' },
	language: { field: 'language', key: 'nr.v.language' },
	tier: { field: 'tier', key: 'nr.v.tier' },
	notes: { field: 'notes', key: 'nr.v.notes' }
};

// ---------------------------------------------------------------------------------------------------------
// Editorial items

export interface ItemValues {
	title: string;
	summary: string;
	body: string;
	region: string;
	language: string;
	tags: NewsTag[];
	/** Every row of the form, empty ones included, so the page shows them back as they were. */
	citations: CitationRow[];
}

export function readItemForm(data: FormData): ItemValues {
	const texts = data.getAll('citationText');
	const urls = data.getAll('citationUrl');
	const citations: CitationRow[] = [];
	for (let i = 0; i < Math.min(Math.max(texts.length, urls.length), 200); i++) {
		const rowText = texts[i];
		const rowUrl = urls[i];
		citations.push({ text: typeof rowText === 'string' ? cleanLine(rowText) : '', url: typeof rowUrl === 'string' ? rowUrl.trim() : '' });
	}
	return {
		title: cleanLine(text(data, 'title')),
		summary: cleanText(text(data, 'summary')),
		body: cleanText(text(data, 'body')),
		region: text(data, 'region'),
		language: text(data, 'language'),
		tags: [...new Set(data.getAll('tags').filter(isNewsTag))],
		citations
	};
}

/** The error summary links to each citation field by its id. */
export const citationId = (row: number, part: 'text' | 'url') => `citation-${row}-${part}`;

/**
 * Checks an item as the API would. Empty citation rows are left out; the errors of a row are keyed by its
 * fields' ids (`citation-2-url`), so each shows next to its field and the summary links to it.
 */
export function checkItem(locale: Locale, v: ItemValues): { errors: FieldErrors; citations: Schemas['CitationInput'][] } {
	const e: FieldErrors = {};
	if (!between(v.title, 5, 200)) e.title = t(locale, 'nr.v.title');
	if (!between(v.summary, 10, 600)) e.summary = t(locale, 'nr.v.summary');
	if (!between(v.body, 20, 30000)) e.body = t(locale, 'nr.v.body');
	if (!isRegion(v.region)) e.region = t(locale, 'nr.v.region');
	if (!isNewsLanguage(v.language)) e.language = t(locale, 'nr.v.language');

	const citations: Schemas['CitationInput'][] = [];
	v.citations.forEach((c, row) => {
		if (!c.text && !c.url) return;
		if (!between(c.text, 2, 500)) e[citationId(row, 'text')] = t(locale, 'nr.v.citationText', { n: row + 1 });
		if (c.url && (c.url.length > 1000 || !CITATION_URL.test(c.url))) e[citationId(row, 'url')] = t(locale, 'nr.v.citationUrl', { n: row + 1 });
		citations.push({ text: c.text, url: c.url || null });
	});
	if (citations.length === 0) e[citationId(0, 'text')] = t(locale, 'nr.v.citationsNone');
	else if (citations.length > MAX_CITATIONS) e[citationId(0, 'text')] = t(locale, 'nr.v.citationsMany', { max: MAX_CITATIONS });
	return { errors: e, citations };
}

export function itemBody(v: ItemValues, citations: Schemas['CitationInput'][]): Schemas['EditorialContent'] {
	return {
		title: v.title,
		summary: v.summary,
		body: v.body,
		region: isRegion(v.region) ? v.region : 'spain',
		language: isNewsLanguage(v.language) ? v.language : 'es',
		tags: v.tags,
		citations
	};
}

/** The API's field problems in the editor's words (`citations.3.url` is covered by `citations`). */
export const ITEM_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	title: { field: 'title', key: 'nr.v.title' },
	summary: { field: 'summary', key: 'nr.v.summary' },
	body: { field: 'body', key: 'nr.v.body' },
	region: { field: 'region', key: 'nr.v.region' },
	language: { field: 'language', key: 'nr.v.language' },
	tags: { field: 'tags', key: 'nr.v.tags' },
	citations: { field: citationId(0, 'text'), key: 'nr.v.citations' }
};

/** The note for "return with comments", as the API counts it. */
export function checkNote(locale: Locale, note: string): string | null {
	return between(note, 5, 2000) ? null : t(locale, 'nr.v.note');
}

/** A correction of a published item. */
export function checkCorrection(locale: Locale, body: string): string | null {
	return between(body, 10, 2000) ? null : t(locale, 'nr.v.correction');
}
