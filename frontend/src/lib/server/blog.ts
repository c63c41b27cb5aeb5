import type { components } from '$lib/api/schema';
import { BLOG_MAX_TAGS, isBlogLanguage, isBlogStatus, type BlogLanguage, type BlogStatus } from '$lib/blog';
import { t, type Locale, type MessageKey } from '$lib/i18n';
import { isTag, type NewsTag } from '$lib/news';
import { cleanLine } from './advocacy';
import { type FieldErrors, text } from './forms';
import { cleanText } from './teaching';

type Schemas = components['schemas'];

export { apiErrors } from './advocacy';

export interface PostValues {
	title: string;
	body: string;
	tags: NewsTag[];
	language: BlogLanguage | '';
	status: BlogStatus | '';
	commentsOpen: boolean;
}

export function readPostForm(data: FormData): PostValues {
	const language = text(data, 'language');
	const status = text(data, 'status');
	return {
		title: cleanLine(text(data, 'title')),
		body: cleanText(text(data, 'body')),
		// Kept as sent (up to a sane number), so too many ticks come back ticked with their error.
		tags: [...new Set(data.getAll('tags').filter(isTag))].slice(0, 20),
		language: isBlogLanguage(language) ? language : '',
		status: isBlogStatus(status) ? status : '',
		commentsOpen: text(data, 'commentsOpen') === 'yes'
	};
}

const between = (v: string, min: number, max: number) => v.length >= min && v.length <= max;

/** Checks a post as the API would (blog.dto.ts). */
export function checkPost(locale: Locale, v: PostValues): FieldErrors {
	const e: FieldErrors = {};
	if (!between(v.title, 5, 200)) e.title = t(locale, 'blog.v.title');
	if (!between(v.body, 20, 50000)) e.body = t(locale, 'blog.v.body');
	if (v.tags.length > BLOG_MAX_TAGS) e.tags = t(locale, 'blog.v.tags');
	if (!v.language) e.language = t(locale, 'blog.v.language');
	if (!v.status) e.status = t(locale, 'blog.v.status');
	return e;
}

export function postBody(v: PostValues): Schemas['CreateBlogPostRequest'] {
	return { title: v.title, body: v.body, tags: v.tags, language: v.language || 'es', status: v.status || 'draft', commentsOpen: v.commentsOpen };
}

/**
 * API fields to the form's fields, each with the message shown beside it. The form checks lengths as the API
 * does, so a title or a text the API refuses holds a word that is not allowed (a watched "block" word).
 */
export const POST_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	title: { field: 'title', key: 'blog.v.blocked' },
	body: { field: 'body', key: 'blog.v.blocked' },
	tags: { field: 'tags', key: 'blog.v.tags' },
	language: { field: 'language', key: 'blog.v.language' },
	status: { field: 'status', key: 'blog.v.status' }
};
export const COMMENT_FIELDS: Record<string, { field: string; key: MessageKey }> = { body: { field: 'body', key: 'blog.v.blocked' } };

export function checkComment(locale: Locale, body: string): string | null {
	return between(body, 2, 5000) ? null : t(locale, 'blog.v.comment');
}
