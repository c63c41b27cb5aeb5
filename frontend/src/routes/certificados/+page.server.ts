import { api } from '$lib/server/api';
import { failLoad } from '$lib/server/learning';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

/** "Mis certificados": every certificate of the logged-in person, the most recent first (the API's order). */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const res = await api(event).get('/api/me/certificates');
	if (!res.ok) failLoad(event, res);
	return {
		certificates: res.data.map((c) => ({
			code: c.code,
			codeGrouped: c.codeGrouped,
			status: c.status,
			courseTitle: c.course.title,
			hours: c.hours,
			startsOn: c.startsOn,
			endsOn: c.endsOn,
			trainerName: c.trainerName,
			issuedAt: c.issuedAt,
			revokedAt: c.revokedAt,
			revokedReason: c.revokedReason,
			verificationUrl: c.verificationUrl
		}))
	};
};
