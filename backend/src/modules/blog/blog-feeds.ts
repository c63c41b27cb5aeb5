import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import { FEED_TYPES, tightCdata } from '../news/news-feeds';
import type { BlogAuthor } from './blog.dto';
import type { FeedPost } from './blog.service';

export type BlogFeedFormat = 'rss' | 'atom';
export const BLOG_FEED_TYPES: Record<BlogFeedFormat, string> = { rss: FEED_TYPES.rss, atom: FEED_TYPES.atom };

/**
 * Members' blogs as RSS 2.0 or Atom 1.0, all of them or one author's, with the same generator (and the same
 * CDATA tidy-up) as the news centre's own feeds. Each entry carries the whole post as sanitised HTML.
 */
export function renderBlogFeed(format: BlogFeedFormat, posts: FeedPost[], o: { publicUrl: string; author?: BlogAuthor }): string {
  const home = o.author ? `${o.publicUrl}/blog/autores/${o.author.id}` : `${o.publicUrl}/blog`;
  const self = o.author ? `${o.publicUrl}/api/blog/authors/${o.author.id}/feed.${format}` : `${o.publicUrl}/api/blog/feed.${format}`;
  const title = o.author ? `Puente — Blog de ${o.author.name}` : 'Puente — Blogs de la comunidad';
  const description = o.author ? `Entradas de ${o.author.name} en Puente.` : 'Lo que escriben las personas de la comunidad de Puente: experiencias, trámites y vida entre Ecuador y España.';
  const page = (p: FeedPost) => `${o.publicUrl}/blog/${p.slug}`;
  const updated = posts.reduce((max, p) => Math.max(max, Date.parse(p.updatedAt)), 0);
  const updatedAt = new Date(updated || Date.now());

  if (format === 'rss') {
    return tightCdata(
      generateRssFeed({
        title,
        link: home,
        description,
        language: 'es',
        lastBuildDate: updatedAt,
        atom: { links: [{ href: self, rel: 'self', type: 'application/rss+xml' }] },
        items: posts.map((p) => ({
          title: p.title,
          link: page(p),
          guid: { value: page(p), isPermaLink: true },
          pubDate: new Date(p.publishedAt!),
          description: p.bodyHtml,
          // RSS 2.0's <author> wants an email address; the name goes in Dublin Core's creator.
          dc: { creators: [p.author.name] },
          categories: p.tags.map((t) => ({ name: t })),
        })),
      }),
    );
  }
  return tightCdata(
    generateAtomFeed({
      id: home,
      title: { value: title },
      subtitle: { value: description },
      updated: updatedAt,
      links: [
        { href: home, rel: 'alternate', type: 'text/html' },
        { href: self, rel: 'self', type: 'application/atom+xml' },
      ],
      entries: posts.map((p) => ({
        id: page(p),
        title: { value: p.title },
        updated: new Date(p.updatedAt),
        published: new Date(p.publishedAt!),
        links: [{ href: page(p), rel: 'alternate' }],
        content: { value: p.bodyHtml, type: 'html' },
        authors: [{ name: p.author.name }],
        categories: p.tags.map((t) => ({ term: t })),
      })),
    }),
  );
}
