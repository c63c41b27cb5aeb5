import { parseFeed } from 'feedsmith';
import { FeedError } from './feed-fetch';

/** One entry as the feed gives it: strings still raw (HTML, entities), links maybe relative. */
export interface RawEntry {
  guid: string | null;
  link: string | null;
  title: string;
  /** The richest description the feed has (full content, else summary), HTML. */
  html: string;
  published: Date | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  language: string | null;
  /** The site the feed belongs to: relative item links are resolved against it, else against the feed's URL. */
  siteLink: string | null;
  entries: RawEntry[];
}

/** More than any real feed carries; the rest of a larger one is ignored. */
const MAX_ENTRIES = 500;

type Text = string | { value?: string } | undefined;
const text = (v: Text): string => (typeof v === 'string' ? v : (v?.value ?? ''));

function date(...values: unknown[]): Date | null {
  for (const v of values) {
    if (typeof v !== 'string' && !(v instanceof Date)) continue;
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return null;
}

/**
 * RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed, through feedsmith. Refused before parsing: an HTML page
 * (sites that answer their feed address with their home page) and any XML declaring entities (the
 * "billion laughs" family: a feed never needs them).
 */
export function parseFeedDocument(body: string): ParsedFeed {
  const doc = body.replace(/^\uFEFF/, '');
  const head = doc.slice(0, 2048).trimStart();
  if (/^(<!doctype html|<html)/i.test(head)) throw new FeedError('not a feed: the address answers with an HTML page');
  if (/<!ENTITY/i.test(doc)) throw new FeedError('refused: the XML declares entities (DOCTYPE)');
  if (!head.startsWith('<') && !head.startsWith('{')) throw new FeedError('not a feed: neither XML nor JSON');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(doc);
  } catch (e) {
    const name = (e as Error).name;
    throw new FeedError(name === 'DetectError' ? 'not a feed: no RSS, Atom or JSON Feed found' : `malformed feed: ${(e as Error).message}`.slice(0, 300));
  }
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        format: 'rss',
        title: f.title ?? null,
        language: f.language ?? null,
        siteLink: f.link ?? null,
        entries: (f.items ?? []).slice(0, MAX_ENTRIES).map((i) => ({
          guid: i.guid?.value ?? null,
          // RSS 2.0: a guid is the item's permanent address unless it says isPermaLink="false".
          link: i.link ?? (i.guid?.value && i.guid.isPermaLink !== false && /^https?:\/\//i.test(i.guid.value.trim()) ? i.guid.value : null),
          title: i.title ?? '',
          html: i.content?.encoded ?? i.description ?? '',
          published: date(i.pubDate, i.dc?.dates?.[0]),
        })),
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        format: 'rdf',
        title: f.title ?? null,
        language: f.dc?.languages?.[0] ?? null,
        siteLink: f.link ?? null,
        entries: (f.items ?? []).slice(0, MAX_ENTRIES).map((i) => ({
          guid: i.rdf?.about ?? null,
          link: i.link ?? null,
          title: i.title ?? '',
          html: i.content?.encoded ?? i.description ?? '',
          published: date(i.dc?.dates?.[0]),
        })),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      const site = (f.links ?? []).find((l) => !l.rel || l.rel === 'alternate');
      return {
        format: 'atom',
        title: text(f.title) || null,
        language: null,
        siteLink: site?.href ?? null,
        entries: (f.entries ?? []).slice(0, MAX_ENTRIES).map((e) => {
          const links = e.links ?? [];
          const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
          return {
            guid: e.id ?? null,
            link: link?.href ?? null,
            title: text(e.title),
            html: text(e.content) || text(e.summary),
            published: date(e.published, e.updated),
          };
        }),
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        format: 'json',
        title: f.title ?? null,
        language: f.language ?? null,
        siteLink: f.home_page_url ?? null,
        entries: (f.items ?? []).slice(0, MAX_ENTRIES).map((i) => ({
          guid: i.id != null ? String(i.id) : null,
          link: i.url ?? i.external_url ?? null,
          title: i.title ?? '',
          html: i.content_html ?? (i.content_text ? escapeText(i.content_text) : (i.summary ? escapeText(i.summary) : '')),
          published: date(i.date_published, i.date_modified),
        })),
      };
    }
  }
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
