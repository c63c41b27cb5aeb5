import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { apiErrors, CAMPAIGN_FIELDS, campaignBody, checkCampaign, failAccess, readCampaignForm, requireAdvocate } from '$lib/server/advocacy';
import { hasErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireAdvocate(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		requireAdvocate(event);
		const values = readCampaignForm(await event.request.formData());
		const fieldErrors = checkCampaign(event.locals.locale, values);
		if (hasErrors(fieldErrors)) return fail(400, { values, fieldErrors, message: null });

		const res = await api(event).post('/api/campaigns', campaignBody(values));
		if (!res.ok) {
			failAccess(event, res);
			return fail(res.status, { values, ...apiErrors(event.locals.locale, res, CAMPAIGN_FIELDS) });
		}
		redirect(303, `/incidencia/campanas/${res.data.id}?creada=1`);
	}
};
