import { api } from '$lib/server/api';
import { failLoad, requireAdvocate } from '$lib/server/advocacy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdvocate(event);
	const [mine, followUps] = await Promise.all([api(event).get('/api/campaigns/mine'), api(event).get('/api/advocacy/follow-ups')]);
	if (!mine.ok) failLoad(event, mine);
	if (!followUps.ok) failLoad(event, followUps);
	// Only what the page shows.
	return {
		campaigns: mine.data.map((c) => ({ id: c.id, title: c.title, status: c.status, signatureCount: c.signatureCount, recipientCount: c.recipientCount })),
		followUps: followUps.data.map((f) => ({
			deliveryId: f.deliveryId,
			sendId: f.sendId,
			institution: f.institution,
			name: f.name,
			briefTitle: f.briefTitle,
			campaignTitle: f.campaignTitle,
			daysWaiting: f.daysWaiting
		}))
	};
};
