import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, checkPost, POST_FIELDS, postBody, readPostForm } from '$lib/server/blog';
import { hasErrors } from '$lib/server/forms';
import { noStore } from '$lib/server/forum';
import { failLoad } from '$lib/server/page-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	// The author's drafts are listed here, and what was typed can come back: never into any cache.
	noStore(event);
	const res = await api(event).get('/api/blog/posts/mine');
	if (!res.ok) failLoad(event, res);
	return { mine: res.data };
};

export const actions: Actions = {
	default: async (event) => {
		requireUser(event);
		noStore(event);
		const locale = event.locals.locale;
		const values = readPostForm(await event.request.formData());
		const errors = checkPost(locale, values);
		if (hasErrors(errors)) return fail(400, { values, fieldErrors: errors, message: null });
		const res = await api(event).post('/api/blog/posts', postBody(values));
		if (!res.ok) {
			// A lost session is the login page; a suspension (403) or the new-account limit (429) is said here.
			if (res.status === 401) failLoad(event, res);
			return fail(res.status, { values, ...apiErrors(locale, res, POST_FIELDS) });
		}
		const flash = res.data.visibility === 'pending' ? 'retenida' : values.status === 'published' ? 'publicada' : 'guardada';
		redirect(303, `/blog/${res.data.slug}?hecho=${flash}`);
	}
};
