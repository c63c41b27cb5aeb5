import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { api } from '$lib/server/api';
import { failLoad, requireTrainer, requireUuid } from '$lib/server/teaching';
import type { LayoutServerLoad } from './$types';

/** The class every page under /mis-clases/[id] manages: only its trainer or an admin may see them. */
export const load: LayoutServerLoad = async (event) => {
	const user = requireTrainer(event);
	const id = requireUuid(event, event.params.id);
	const res = await api(event).get('/api/classes/{id}', { params: { id } });
	if (!res.ok) failLoad(event, res);
	const c = res.data;
	// The class page itself is public: check here that this class is one this person manages.
	if (c.trainerId !== user.id && !user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	// The course title in the reader's language.
	return { cls: { ...c, courseTitle: c.courseTitle[event.locals.locale] } };
};
