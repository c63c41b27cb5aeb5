import { error, fail, redirect } from '@sveltejs/kit';
import { CAMPAIGN_SLUG } from '$lib/campaigns';
import { t, type Locale } from '$lib/i18n';
import { api } from '$lib/server/api';
import { type FieldErrors, hasErrors, text } from '$lib/server/forms';
import { failLoad } from '$lib/server/page-errors';
import type { Actions, PageServerLoad } from './$types';

const PAGE = /^[1-9]\d{0,3}$/;

/** The sign-on form's fields, in the order the form shows them (and the error summary lists them). */
const FIELDS = ['name', 'email', 'city', 'country', 'organisation', 'consent'] as const;

function slugOr404(locale: Locale, slug: string): string {
	if (!CAMPAIGN_SLUG.test(slug) || slug.length > 80) error(404, t(locale, 'error.404'));
	return slug;
}

export const load: PageServerLoad = async (event) => {
	const locale = event.locals.locale;
	const slug = slugOr404(locale, event.params.slug);
	const rawPage = event.url.searchParams.get('pagina');
	if (rawPage !== null && !PAGE.test(rawPage)) error(404, t(locale, 'error.404'));
	const page = rawPage ? Number(rawPage) : 1;

	const client = api(event);
	const [res, sigs] = await Promise.all([
		client.get('/api/campaigns/{slug}', { params: { slug } }),
		client.get('/api/campaigns/{slug}/signatures', { params: { slug }, query: { page } })
	]);
	if (!res.ok) failLoad(event, res);
	if (!sigs.ok) failLoad(event, sigs);
	// A page of the signers' list past its end does not exist.
	if (page > 1 && sigs.data.signers.length === 0) error(404, t(locale, 'error.404'));

	const c = res.data;
	return {
		// Only what the page shows: never the team's addresses that the API adds for who runs the campaign.
		campaign: {
			slug: c.slug,
			title: c.title,
			summary: c.summary,
			locale: c.locale,
			status: c.status,
			audiences: c.audiences,
			publishedAt: c.publishedAt,
			closedAt: c.closedAt,
			problemHtml: c.problemHtml,
			asksHtml: c.asksHtml,
			transparency: c.transparency
		},
		signatures: sigs.data,
		/** Back from a sign-on (post/redirect/get): the "check your email" message instead of the form. */
		sent: event.url.searchParams.get('firma') === 'pendiente'
	};
};

interface SignValues {
	name: string;
	email: string;
	city: string;
	country: string;
	organisation: string;
	showName: boolean;
	consent: boolean;
}

export const actions: Actions = {
	firmar: async (event) => {
		const ui = event.locals.locale;
		const slug = slugOr404(ui, event.params.slug);
		const data = await event.request.formData();
		// Sent back to refill the form as the person left it (nothing here is secret: it is their own data).
		const values: SignValues = {
			name: text(data, 'name').trim().slice(0, 200),
			email: text(data, 'email').trim().slice(0, 300),
			city: text(data, 'city').trim().slice(0, 200),
			country: text(data, 'country').trim().toUpperCase().slice(0, 2),
			organisation: text(data, 'organisation').trim().slice(0, 200),
			showName: data.get('showName') === 'yes',
			consent: data.get('consent') === 'yes'
		};

		// The API checks every field (consent included, which it requires to be true) and answers with each
		// problem, so all of them are shown at once.
		const res = await api(event).post(
			'/api/campaigns/{slug}/signatures',
			{
				name: values.name,
				email: values.email,
				city: values.city,
				country: values.country,
				organisation: values.organisation || null,
				showName: values.showName,
				consent: values.consent as true
			},
			{ params: { slug } }
		);
		if (!res.ok) {
			if (res.status === 404) error(404, t(ui, 'error.404'));
			const fieldErrors = friendlyErrors(ui, res.error.fieldErrors);
			return fail(res.status, { values, fieldErrors, message: hasErrors(fieldErrors) ? null : res.error.message });
		}
		redirect(303, `/campanas/${slug}?firma=pendiente`);
	}
};

/**
 * The API's per-field problems, said for this form: its own words for the fields the form shows (the API
 * names fields by their code name), in the form's order; anything else as the API said it.
 */
function friendlyErrors(locale: Locale, apiErrors: FieldErrors): FieldErrors {
	const out: FieldErrors = {};
	for (const f of FIELDS) if (apiErrors[f]) out[f] = t(locale, `sign.v.${f}`);
	for (const [f, message] of Object.entries(apiErrors)) if (!(f in out)) out[f] = message;
	return out;
}
