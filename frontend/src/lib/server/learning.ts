import { error, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { t } from '$lib/i18n';
import type { ApiError } from './api';
import { failLoad as failPage, isUuid, uuidOr404 } from './page-errors';

export type Schemas = components['schemas'];

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

type LoadEvent = Pick<RequestEvent, 'locals' | 'url'>;

/** A class id from the URL: anything that is not a UUID is a page that does not exist (never a 400 or 500). */
export function classId(event: LoadEvent & { params: Partial<Record<string, string>> }): string {
	return uuidOr404(event, event.params.id);
}

/** A lesson, quiz or assignment slug from the URL, checked the same way. */
export function slugParam(event: LoadEvent & { params: Partial<Record<string, string>> }): string {
	const slug = event.params.slug ?? '';
	if (!SLUG.test(slug)) error(404, t(event.locals.locale, 'error.404'));
	return slug;
}

export { isUuid };

/** Loading a learner page: 403 and 404 keep the API's words (the class pages' error page explains them). */
export function failLoad(event: LoadEvent, res: { status: number; error: ApiError }): never {
	return failPage(event, res, { apiMessage: true });
}
