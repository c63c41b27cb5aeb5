import type { components } from '$lib/api/schema';
import { forumDay } from '$lib/forum';
import type { Locale } from '$lib/i18n';
import { NEWS_TAGS, type NewsTag } from '$lib/news';

export type BlogPostSummary = components['schemas']['BlogPostSummary'];
export type BlogPostDetail = components['schemas']['BlogPostDetail'];
export type BlogPostPage = components['schemas']['BlogPostPage'];
export type MineBlogPost = components['schemas']['MineBlogPost'];
export type BlogLanguage = BlogPostSummary['language'];
export type BlogStatus = BlogPostSummary['status'];

/** The API's lists (blog.entities.ts); topics are the platform's news topics, at most five per post. */
export const BLOG_LANGUAGES = Object.keys({ es: 1, en: 1 } satisfies Record<BlogLanguage, 1>) as BlogLanguage[];
export const BLOG_STATUSES = Object.keys({ draft: 1, published: 1 } satisfies Record<BlogStatus, 1>) as BlogStatus[];
export const BLOG_TAGS: readonly NewsTag[] = NEWS_TAGS;
export const BLOG_MAX_TAGS = 5;

export const isBlogLanguage = (v: unknown): v is BlogLanguage => typeof v === 'string' && (BLOG_LANGUAGES as string[]).includes(v);
export const isBlogStatus = (v: unknown): v is BlogStatus => typeof v === 'string' && (BLOG_STATUSES as string[]).includes(v);
/** What the API makes a slug of (blog.service.ts). */
export const isBlogSlug = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v);

export const BLOG_FEEDS = [
	{ ext: 'rss', type: 'application/rss+xml', name: 'RSS' },
	{ ext: 'atom', type: 'application/atom+xml', name: 'Atom' }
] as const;

/** The blogs' feeds, all of them or one author's. */
export function blogFeedHref(ext: (typeof BLOG_FEEDS)[number]['ext'], authorId?: string): string {
	return authorId ? `/api/blog/authors/${authorId}/feed.${ext}` : `/api/blog/feed.${ext}`;
}

export interface BlogFilters {
	tag?: NewsTag;
	lang?: BlogLanguage;
	page?: number;
}

/** The list's address (`/blog?tema=&idioma=&pagina=`, or an author's page); empty filters and page 1 left out. */
export function blogHref(f: BlogFilters, base = '/blog'): string {
	const params = new URLSearchParams();
	if (f.tag) params.set('tema', f.tag);
	if (f.lang) params.set('idioma', f.lang);
	if (f.page && f.page > 1) params.set('pagina', String(f.page));
	const qs = params.toString();
	return qs ? `${base}?${qs}` : base;
}

export const blogDay = (iso: string, locale: Locale): string => forumDay(iso, locale);
