import { error, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** "Download my data": the API's export, handed to the browser as a file. */
export const GET: RequestHandler = async ({ locals, fetch }) => {
	const login = `/entrar?next=${encodeURIComponent('/cuenta')}`;
	if (!locals.user && locals.sessionUnavailable) error(503, t(locals.locale, 'form.unavailable'));
	if (!locals.user) redirect(303, login);
	// Not through the typed client: the OpenAPI document declares no schema for this response.
	const res = await fetch('/api/me/export', { headers: { accept: 'application/json' } });
	if (!res.ok) {
		await res.body?.cancel();
		if (res.status === 401) redirect(303, login);
		error(res.status >= 500 ? 502 : res.status, t(locals.locale, res.status >= 500 ? 'error.500' : 'error.other'));
	}
	return new Response(res.body, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="puente-mis-datos.json"',
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
