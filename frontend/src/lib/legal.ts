import type { components } from '$lib/api/schema';
import type { Locale } from '$lib/i18n';

type Schemas = components['schemas'];
export type LegalTopicSummary = Schemas['LegalTopicSummary'];
export type LegalTopicDetail = Schemas['LegalTopicDetail'];
export type LegalSection = Schemas['LegalSection'];
export type LegalPoint = Schemas['LegalPoint'];
export type LegalCitation = Schemas['LegalCitation'];
export type LegalSource = Schemas['LegalSource'];
export type LegalGlanceCell = Schemas['LegalGlanceCell'];
export type LegalMatrix = Schemas['LegalMatrix'];
export type LegalSearchResult = Schemas['LegalSearchResult'];
export type LegalSearchHit = Schemas['LegalSearchHit'];
export type Confidence = LegalPoint['confidence'];
export type Jurisdiction = LegalSource['jurisdiction'];

/** What the content files use as a topic's slug (legal-content.schema.ts): anything else is no topic. */
export const isLegalSlug = (v: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 80;

/** A topic's page; `anchor` 0 is the topic's summary, that is its top. */
export function legalHref(slug: string, anchor?: number): string {
	return anchor ? `/leyes/${slug}#p-${anchor}` : `/leyes/${slug}`;
}

/** The topic's own PDF, and the whole comparison's (the API sends them as downloads). */
export const topicPdfHref = (slug: string): string => `/api/legal/topics/${encodeURIComponent(slug)}/pdf`;
export const COMPARISON_PDF = '/api/legal/comparison.pdf';

/**
 * The language of the topics' text (the sections are written in Spanish only): for a `lang` attribute when
 * the page is in another language.
 */
export function contentLang(locale: Locale): 'es' | undefined {
	return locale === 'es' ? undefined : 'es';
}
