import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import { escapeHtml } from '../mail/mail.templates';
import type { NewsSummary } from './news.dto';
import type { NewsRegion } from './news.entities';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const REGION_NAMES: Record<NewsRegion, string> = { ecuador: 'Ecuador', spain: 'España', eu: 'Unión Europea', world: 'Mundo' };

/**
 * The generator pretty-prints, which puts line breaks and indentation around CDATA sections; outside the
 * section they are part of the element's text, so titles would reach readers padded with whitespace.
 * Only the whitespace between a tag and a CDATA section is removed (never text inside one).
 */
export function tightCdata(xml: string): string {
  return xml.replace(/>\n[ \t]*<!\[CDATA\[/g, '><![CDATA[').replace(/\]\]>\n[ \t]*<\//g, ']]></');
}

/**
 * Our own feeds for partners: the latest stories (one per cluster) in RSS 2.0, Atom 1.0 or JSON Feed 1.1.
 * An editorial item links to its page here; an aggregated one links out to its source, named in the item,
 * so a partner republishing it credits the original outlet.
 */
export function renderFeed(format: FeedFormat, items: NewsSummary[], o: { publicUrl: string; region?: NewsRegion; updatedAt: Date }): string {
  const query = o.region ? `?region=${o.region}` : '';
  const self = `${o.publicUrl}/api/news/feed.${format === 'rss' ? 'xml' : format}${query}`;
  const home = `${o.publicUrl}/noticias${query}`;
  const title = `Puente — Noticias${o.region ? ` (${REGION_NAMES[o.region]})` : ''}`;
  const description = 'Noticias sobre migración entre Ecuador, España y Europa: fuentes seleccionadas y notas verificadas por la redacción de Puente.';
  const page = (i: NewsSummary) => `${o.publicUrl}/noticias/${i.slug}`;
  const link = (i: NewsSummary) => (i.kind === 'editorial' || !i.link ? page(i) : i.link);
  const author = (i: NewsSummary) => (i.source ? i.source.name : 'Redacción de Puente');

  if (format === 'rss') {
    return tightCdata(generateRssFeed({
      title,
      link: home,
      description,
      language: 'es',
      lastBuildDate: o.updatedAt,
      atom: { links: [{ href: self, rel: 'self', type: 'application/rss+xml' }] },
      items: items.map((i) => ({
        title: i.title,
        link: link(i),
        guid: { value: `${o.publicUrl}/noticias/${i.slug}`, isPermaLink: true },
        pubDate: new Date(i.publishedAt),
        description: i.summaryHtml,
        categories: i.tags.map((t) => ({ name: t })),
        ...(i.source ? { source: { title: i.source.name, url: i.source.siteUrl } } : {}),
      })),
    }));
  }
  if (format === 'atom') {
    return tightCdata(generateAtomFeed({
      id: home,
      title: { value: title },
      subtitle: { value: description },
      updated: o.updatedAt,
      links: [
        { href: home, rel: 'alternate', type: 'text/html' },
        { href: self, rel: 'self', type: 'application/atom+xml' },
      ],
      entries: items.map((i) => ({
        id: page(i),
        title: { value: i.title },
        updated: new Date(i.publishedAt),
        published: new Date(i.publishedAt),
        links: [{ href: link(i), rel: 'alternate' }],
        summary: { value: i.summaryHtml, type: 'html' },
        authors: [{ name: author(i) }],
        categories: i.tags.map((t) => ({ term: t })),
      })),
    }));
  }
  return JSON.stringify(
    generateJsonFeed({
      title,
      home_page_url: home,
      feed_url: self,
      description,
      language: 'es',
      items: items.map((i) => ({
        id: page(i),
        url: link(i),
        title: i.title,
        content_html: i.summaryHtml || `<p>${escapeHtml(i.title)}</p>`,
        date_published: new Date(i.publishedAt),
        tags: i.tags,
        authors: [{ name: author(i) }],
      })),
    }),
  );
}
