import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isBlogSlug } from '$lib/blog';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { apiErrors, checkPost, POST_FIELDS, postBody, readPostForm } from '$lib/server/blog';
import { hasErrors } from '$lib/server/forms';
import { noStore } from '$lib/server/forum';
import { failLoad } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

/** The author's own post; anyone else gets the 404 a draft gives them (or a public post's page has no editor). */
async function ownPost(event: RequestEvent) {
	requireUser(event);
	const slug = event.params.slug;
	if (!isBlogSlug(slug)) error(404, t(event.locals.locale, 'error.404'));
	const res = await api(event).get('/api/blog/posts/{slug}', { params: { slug } });
	if (!res.ok) failLoad(event, res);
	if (!res.data.viewer.canEdit) error(404, t(event.locals.locale, 'error.404'));
	return res.data;
}

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const post = await ownPost(event);
	return { post };
};

export const actions: Actions = {
	guardar: async (event) => {
		noStore(event);
		const post = await ownPost(event);
		const locale = event.locals.locale;
		const values = readPostForm(await event.request.formData());
		const errors = checkPost(locale, values);
		if (hasErrors(errors)) return fail(400, { action: 'guardar' as const, values, fieldErrors: errors, message: null });
		const res = await api(event).patch('/api/blog/posts/{id}', postBody(values), { params: { id: post.id } });
		if (!res.ok) {
			if (res.status === 401) failLoad(event, res);
			return fail(res.status, { action: 'guardar' as const, values, ...apiErrors(locale, res, POST_FIELDS) });
		}
		const flash = res.data.visibility === 'pending' ? 'retenida' : values.status === 'published' ? 'publicada' : 'guardada';
		redirect(303, `/blog/${res.data.slug}?hecho=${flash}`);
	},

	borrar: async (event) => {
		const post = await ownPost(event);
		const res = await api(event).delete('/api/blog/posts/{id}', { params: { id: post.id } });
		if (!res.ok) {
			if (res.status === 401) failLoad(event, res);
			return fail(res.status, { action: 'borrar' as const, values: null, fieldErrors: {}, message: res.error.message });
		}
		redirect(303, '/blog?hecho=borrada');
	}
};
