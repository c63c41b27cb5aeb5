import type { paths } from '$lib/api/schema';
import { t } from '$lib/i18n';

/**
 * A small typed client for the Puente API, over `event.fetch` (so `handleFetch` sends it to the API on
 * loopback with the user's cookie, language, IP and our origin). Paths, bodies, parameters and results
 * all come from the generated OpenAPI `paths` type.
 *
 *   const res = await api(event).post('/api/auth/login', { email, password });
 *   if (res.ok) res.data.user.displayName; else res.error.message;
 */

type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** The API paths that accept method M. */
export type PathsWith<M extends HttpMethod> = {
	[P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type PathParamsOf<O> = O extends { parameters: { path: infer PP } } ? PP : never;

type SuccessStatus = 200 | 201 | 202 | 204;
/** The JSON of the operation's success response; `null` when it has no JSON body (204). */
export type SuccessData<O> = O extends { responses: infer R }
	? {
			[S in keyof R & SuccessStatus]: R[S] extends { content: { 'application/json': infer D } } ? D : null;
		}[keyof R & SuccessStatus]
	: never;

type Options<O> = ([PathParamsOf<O>] extends [never] ? { params?: undefined } : { params: PathParamsOf<O> }) &
	([QueryOf<O>] extends [never] ? { query?: undefined } : { query?: QueryOf<O> });

/** Options are required only when the path has parameters. */
type OptionArgs<O> = [PathParamsOf<O>] extends [never] ? [options?: Options<O>] : [options: Options<O>];
/** A body is required when the operation declares one, and not accepted otherwise. */
type BodyArgs<O> = [JsonBody<O>] extends [never]
	? [body?: undefined, ...rest: OptionArgs<O>]
	: [body: JsonBody<O>, ...rest: OptionArgs<O>];

export interface ApiError {
	/** Already localised by the API (or by us when the API could not be reached). */
	message: string;
	/** First message per field, from the API's validation `details`. */
	fieldErrors: Record<string, string>;
	/** The rule behind each of those messages (`minLength`, `searchTerm`…), for pages that word it their own way. */
	fieldRules: Record<string, string>;
	/** Seconds, from Retry-After (429). */
	retryAfter?: number;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

export type ApiResultOf<P extends keyof paths, M extends HttpMethod> = ApiResult<SuccessData<Operation<P, M>>>;

interface ApiEvent {
	fetch: typeof fetch;
	locals: Pick<App.Locals, 'locale'>;
}

interface RawOptions {
	params?: Record<string, string | number>;
	query?: Record<string, string | number | boolean | undefined | null>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function buildPath(template: string, options?: RawOptions): string {
	let path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = options?.params?.[name];
		if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
		return encodeURIComponent(String(value));
	});
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(options?.query ?? {})) {
		if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
	}
	const qs = search.toString();
	if (qs) path += `?${qs}`;
	return path;
}

async function readError(res: Response, fallback: string): Promise<ApiError> {
	let body: unknown = null;
	try {
		body = await res.json();
	} catch {
		body = null;
	}
	const fieldErrors: Record<string, string> = {};
	const fieldRules: Record<string, string> = {};
	let message = fallback;
	if (isRecord(body)) {
		if (typeof body.message === 'string' && body.message) message = body.message;
		if (Array.isArray(body.details)) {
			for (const d of body.details) {
				if (isRecord(d) && typeof d.field === 'string' && typeof d.message === 'string' && !(d.field in fieldErrors)) {
					fieldErrors[d.field] = d.message;
					if (typeof d.rule === 'string') fieldRules[d.field] = d.rule;
				}
			}
		}
	}
	const error: ApiError = { message, fieldErrors, fieldRules };
	const retry = Number(res.headers.get('retry-after'));
	if (Number.isFinite(retry) && retry > 0) error.retryAfter = retry;
	return error;
}

async function send(event: ApiEvent, method: HttpMethod, path: string, body: unknown, options?: RawOptions): Promise<ApiResult<unknown>> {
	const headers: Record<string, string> = { accept: 'application/json' };
	const init: RequestInit = { method: method.toUpperCase(), headers };
	if (body !== undefined) {
		headers['content-type'] = 'application/json';
		init.body = JSON.stringify(body);
	}
	let res: Response;
	try {
		res = await event.fetch(buildPath(path, options), init);
	} catch (err) {
		console.error(`API ${method.toUpperCase()} ${path} failed:`, err);
		return { ok: false, status: 503, error: { message: t(event.locals.locale, 'form.unavailable'), fieldErrors: {}, fieldRules: {} } };
	}
	if (!res.ok) {
		const fallback = t(event.locals.locale, res.status >= 500 ? 'form.unavailable' : 'form.genericError');
		return { ok: false, status: res.status, error: await readError(res, fallback) };
	}
	let data: unknown = null;
	if (res.status !== 204 && (res.headers.get('content-type') ?? '').includes('json')) {
		try {
			data = await res.json();
		} catch {
			data = null;
		}
	} else {
		await res.body?.cancel();
	}
	return { ok: true, status: res.status, data };
}

export function api(event: ApiEvent) {
	return {
		get<P extends PathsWith<'get'>>(path: P, ...[options]: OptionArgs<Operation<P, 'get'>>) {
			return send(event, 'get', path, undefined, options as RawOptions | undefined) as Promise<ApiResultOf<P, 'get'>>;
		},
		post<P extends PathsWith<'post'>>(path: P, ...[body, options]: BodyArgs<Operation<P, 'post'>>) {
			return send(event, 'post', path, body, options as RawOptions | undefined) as Promise<ApiResultOf<P, 'post'>>;
		},
		patch<P extends PathsWith<'patch'>>(path: P, ...[body, options]: BodyArgs<Operation<P, 'patch'>>) {
			return send(event, 'patch', path, body, options as RawOptions | undefined) as Promise<ApiResultOf<P, 'patch'>>;
		},
		put<P extends PathsWith<'put'>>(path: P, ...[body, options]: BodyArgs<Operation<P, 'put'>>) {
			return send(event, 'put', path, body, options as RawOptions | undefined) as Promise<ApiResultOf<P, 'put'>>;
		},
		delete<P extends PathsWith<'delete'>>(path: P, ...[options]: OptionArgs<Operation<P, 'delete'>>) {
			return send(event, 'delete', path, undefined, options as RawOptions | undefined) as Promise<ApiResultOf<P, 'delete'>>;
		}
	};
}
