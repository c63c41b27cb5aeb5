import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { t } from '$lib/i18n';
import type { ApiError } from './api';
import { safeNext } from './session';

export type Schemas = components['schemas'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

type LoadEvent = Pick<RequestEvent, 'locals' | 'url'>;

/** A class id from the URL: anything that is not a UUID is a page that does not exist (never a 400 or 500). */
export function classId(event: LoadEvent & { params: Partial<Record<string, string>> }): string {
	const id = event.params.id ?? '';
	if (!UUID.test(id)) error(404, t(event.locals.locale, 'error.404'));
	return id.toLowerCase();
}

/** A lesson, quiz or assignment slug from the URL, checked the same way. */
export function slugParam(event: LoadEvent & { params: Partial<Record<string, string>> }): string {
	const slug = event.params.slug ?? '';
	if (!SLUG.test(slug)) error(404, t(event.locals.locale, 'error.404'));
	return slug;
}

export function isUuid(value: string): boolean {
	return UUID.test(value);
}

/**
 * Turns a failed API read into the right page: 401 → log in and come back; 403 and 404 keep the API's
 * (localised) message; a 400 on a read means the address is wrong (404); anything from 500 up is a 502.
 */
export function failLoad(event: LoadEvent, res: { status: number; error: ApiError }): never {
	if (res.status === 401) {
		const next = safeNext(event.url.pathname + event.url.search) ?? '/aprendizaje';
		redirect(303, `/entrar?next=${encodeURIComponent(next)}`);
	}
	if (res.status === 400 || res.status === 404) error(404, res.status === 404 ? res.error.message : t(event.locals.locale, 'error.404'));
	if (res.status >= 500) error(502, res.error.message);
	error(res.status, res.error.message);
}
