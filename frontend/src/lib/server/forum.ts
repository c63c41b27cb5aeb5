import type { RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { isCountry, MAX_TAGS, type ForumCategory } from '$lib/forum';
import { t, type Locale, type MessageKey } from '$lib/i18n';
import { isTag, type NewsTag } from '$lib/news';
import { api } from './api';
import { cleanLine } from './advocacy';
import { type FieldErrors, text } from './forms';
import { failLoad } from './page-errors';
import { cleanText } from './teaching';

type Schemas = components['schemas'];

export { apiErrors } from './advocacy';

/**
 * Pages that show a person their own posts (or echo back what they typed, personal data included) must not
 * be kept by any shared cache nor the back/forward cache. Set once per request: a form post runs the action
 * and then the page's load, and SvelteKit refuses a header set twice.
 */
export function noStore(event: Pick<RequestEvent, 'setHeaders'>): void {
	try {
		event.setHeaders({ 'cache-control': 'private, no-store' });
	} catch {
		// Already set earlier in this request.
	}
}

export async function loadCategories(event: RequestEvent): Promise<ForumCategory[]> {
	const res = await api(event).get('/api/forum/categories');
	if (!res.ok) failLoad(event, res);
	return res.data;
}

function between(value: string, min: number, max: number): boolean {
	return value.length >= min && value.length <= max;
}

// ---------------------------------------------------------------------------------------------------------
// Asking

export interface QuestionValues {
	categoryId: string;
	country: string;
	title: string;
	body: string;
	/** 'yes' | 'no'; '' when the form did not say (the category's default then applies). */
	anonymous: string;
	tags: NewsTag[];
}

export function readQuestionForm(data: FormData): QuestionValues {
	const anonymous = text(data, 'anonymous');
	return {
		categoryId: text(data, 'categoryId'),
		country: text(data, 'country'),
		title: cleanLine(text(data, 'title')),
		body: cleanText(text(data, 'body')),
		anonymous: anonymous === 'yes' || anonymous === 'no' ? anonymous : '',
		// Kept as sent (up to a sane number), so too many ticks come back ticked with their error.
		tags: [...new Set(data.getAll('tags').filter(isTag))].slice(0, 20)
	};
}

/** Checks a question as the API would (forum.dto.ts, AskQuestionRequest). */
export function checkQuestion(locale: Locale, v: QuestionValues, categories: readonly ForumCategory[]): FieldErrors {
	const e: FieldErrors = {};
	if (!categories.some((c) => c.id === v.categoryId)) e.categoryId = t(locale, 'forum.v.category');
	if (!isCountry(v.country)) e.country = t(locale, 'forum.v.country');
	if (!between(v.title, 10, 200)) e.title = t(locale, 'forum.v.title');
	if (!between(v.body, 20, 10000)) e.body = t(locale, 'forum.v.body');
	if (v.tags.length > MAX_TAGS) e.tags = t(locale, 'forum.v.tags');
	return e;
}

export function questionBody(v: QuestionValues, confirm: boolean): Schemas['AskQuestionRequest'] {
	return {
		categoryId: v.categoryId,
		country: isCountry(v.country) ? v.country : 'ES',
		title: v.title,
		body: v.body,
		// The form always says; without a choice the category decides (the API's rule).
		...(v.anonymous ? { anonymous: v.anonymous === 'yes' } : {}),
		tags: v.tags,
		...(confirm ? { confirm: true } : {})
	};
}

/**
 * The API's field problems in this form's words. The form checks lengths as the API does, so a title or a
 * text the API refuses holds a word the forum does not allow (a watched "block" word names its field).
 */
export const QUESTION_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	categoryId: { field: 'categoryId', key: 'forum.v.category' },
	country: { field: 'country', key: 'forum.v.country' },
	title: { field: 'title', key: 'forum.v.blocked' },
	body: { field: 'body', key: 'forum.v.blocked' },
	tags: { field: 'tags', key: 'forum.v.tags' }
};

// ---------------------------------------------------------------------------------------------------------
// Answers and reports

export const ANSWER_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	body: { field: 'body', key: 'forum.v.blocked' }
};

export function checkAnswer(locale: Locale, body: string): string | null {
	return between(body, 2, 10000) ? null : t(locale, 'forum.v.answer');
}

export function checkNote(locale: Locale, note: string): string | null {
	return note.length <= 1000 ? null : t(locale, 'forum.v.note');
}

/** What a step of a form with a review asks for: send it, publish what was reviewed, or go back to it. */
export type Step = 'send' | 'publish' | 'edit';

export function readStep(data: FormData): Step {
	const step = text(data, 'step');
	return step === 'publish' || step === 'edit' ? step : 'send';
}
