import { error, type RequestEvent } from '@sveltejs/kit';
import type { components } from '$lib/api/schema';
import { isAudience, isChannel, isLevel, lines, parseCitation, type Audience, type Citation } from '$lib/advocacy';
import { zonedToIso } from '$lib/format';
import { t, type Locale, type MessageKey } from '$lib/i18n';
import type { ApiError } from './api';
import { isDay } from './class-form';
import { type FieldErrors, text } from './forms';
import { cleanText } from './teaching';
import { requireUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;
type Schemas = components['schemas'];

export { failAccess, failLoad, requireUuid } from './teaching';

/** The logged-in advocate (or admin); anyone else gets the 403 page. */
export function requireAdvocate(event: Event): NonNullable<App.Locals['user']> {
	const user = requireUser(event);
	if (!user.roles.includes('advocate') && !user.roles.includes('admin')) error(403, t(event.locals.locale, 'error.403'));
	return user;
}

/** One line as the API keeps it: every run of white space is one space. */
export function cleanLine(value: string): string {
	return cleanText(value).replace(/\s+/g, ' ');
}

/**
 * The API's field errors in this form's words: `fields` maps an API field (or the start of one, so
 * `citations` covers `citations.3.url`) to the form field and its message. Problems the form does not
 * know become the general message, in the API's (localised) words.
 */
export function apiErrors(
	locale: Locale,
	res: { error: ApiError },
	fields: Record<string, { field: string; key: MessageKey }>
): { message: string | null; fieldErrors: FieldErrors } {
	const fieldErrors: FieldErrors = {};
	const other: string[] = [];
	for (const [apiField, apiMessage] of Object.entries(res.error.fieldErrors)) {
		const match = Object.keys(fields)
			.filter((k) => apiField === k || apiField.startsWith(`${k}.`))
			.sort((a, b) => b.length - a.length)[0];
		const to = match ? fields[match] : undefined;
		if (to) fieldErrors[to.field] ??= t(locale, to.key);
		else other.push(apiMessage);
	}
	const known = Object.keys(fieldErrors).length > 0;
	const message = other.length ? other.join(' ') : known ? null : res.error.message;
	return { message, fieldErrors };
}

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]*$/i;
const CITATION_URL = /^(https?:\/\/[^\s/$.?#][^\s]*|\/[^\s]*)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && HTTP_URL.test(value);
	} catch {
		return false;
	}
}

function between(value: string, min: number, max: number): boolean {
	return value.length >= min && value.length <= max;
}

// ---------------------------------------------------------------------------------------------------------
// Campaigns

export interface CampaignValues {
	title: string;
	slug: string;
	summary: string;
	problem: string;
	asks: string;
	audiences: Audience[];
	locale: string;
}

export function readCampaignForm(data: FormData): CampaignValues {
	return {
		title: cleanLine(text(data, 'title')),
		slug: text(data, 'slug').trim().toLowerCase(),
		summary: cleanText(text(data, 'summary')),
		problem: cleanText(text(data, 'problem')),
		asks: cleanText(text(data, 'asks')),
		audiences: data.getAll('audiences').filter(isAudience),
		locale: text(data, 'locale')
	};
}

export function checkCampaign(locale: Locale, v: CampaignValues): FieldErrors {
	const e: FieldErrors = {};
	if (!between(v.title, 5, 160)) e.title = t(locale, 'adv.v.campaignTitle');
	if (v.slug && (v.slug.length > 80 || !SLUG.test(v.slug) || v.slug === 'mine')) e.slug = t(locale, 'adv.v.slug');
	if (!between(v.summary, 10, 400)) e.summary = t(locale, 'adv.v.summary');
	if (!between(v.problem, 10, 20000)) e.problem = t(locale, 'adv.v.problem');
	if (!between(v.asks, 10, 10000)) e.asks = t(locale, 'adv.v.asks');
	if (v.audiences.length === 0) e.audiences = t(locale, 'adv.v.audiences');
	if (v.locale !== 'es' && v.locale !== 'en') e.locale = t(locale, 'adv.v.locale');
	return e;
}

export function campaignBody(v: CampaignValues): Schemas['CreateCampaignRequest'] {
	return {
		title: v.title,
		...(v.slug ? { slug: v.slug } : {}),
		summary: v.summary,
		problem: v.problem,
		asks: v.asks,
		audiences: v.audiences,
		locale: v.locale === 'en' ? 'en' : 'es'
	};
}

export const CAMPAIGN_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	title: { field: 'title', key: 'adv.v.campaignTitle' },
	slug: { field: 'slug', key: 'adv.v.slugTaken' },
	summary: { field: 'summary', key: 'adv.v.summary' },
	problem: { field: 'problem', key: 'adv.v.problem' },
	asks: { field: 'asks', key: 'adv.v.asks' },
	audiences: { field: 'audiences', key: 'adv.v.audiences' },
	locale: { field: 'locale', key: 'adv.v.locale' }
};

/** The team field: emails, one a line (or separated by commas). */
export function readEmails(value: string): string[] {
	return [
		...new Set(
			value
				.split(/[\s,;]+/)
				.map((e) => e.trim().toLowerCase())
				.filter(Boolean)
		)
	];
}

export function checkEmails(locale: Locale, emails: string[]): string | null {
	if (emails.length > 20) return t(locale, 'adv.v.teamTooMany');
	const bad = emails.filter((e) => e.length > 254 || !EMAIL.test(e));
	return bad.length ? t(locale, 'adv.v.teamEmail', { emails: bad.join(', ') }) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Briefs

export interface BriefValues {
	title: string;
	summary: string;
	body: string;
	recommendations: string;
	citations: string;
}

export function readBriefForm(data: FormData): BriefValues {
	return {
		title: cleanLine(text(data, 'title')),
		summary: cleanText(text(data, 'summary')),
		body: cleanText(text(data, 'body')),
		recommendations: cleanText(text(data, 'recommendations')),
		citations: cleanText(text(data, 'citations'))
	};
}

export function checkBrief(locale: Locale, v: BriefValues): { errors: FieldErrors; recommendations: string[]; citations: Citation[] } {
	const e: FieldErrors = {};
	if (!between(v.title, 5, 200)) e.title = t(locale, 'adv.v.briefTitle');
	if (!between(v.summary, 10, 3000)) e.summary = t(locale, 'adv.v.briefSummary');
	if (!between(v.body, 10, 100000)) e.body = t(locale, 'adv.v.briefBody');

	const recommendations = lines(v.recommendations).map((l) => l.replace(/\s+/g, ' '));
	if (recommendations.length > 30) e.recommendations = t(locale, 'adv.v.recommendationsMany');
	else {
		const bad = recommendations.findIndex((r) => !between(r, 3, 1000));
		if (bad !== -1) e.recommendations = t(locale, 'adv.v.recommendationLine', { line: bad + 1 });
	}

	const citations = lines(v.citations).map(parseCitation);
	if (citations.length > 100) e.citations = t(locale, 'adv.v.citationsMany');
	else {
		for (const [i, c] of citations.entries()) {
			if (!between(c.text.replace(/\s+/g, ' '), 2, 500)) {
				e.citations = t(locale, 'adv.v.citationText', { line: i + 1 });
				break;
			}
			if (c.url && (c.url.length > 500 || !CITATION_URL.test(c.url))) {
				e.citations = t(locale, 'adv.v.citationUrl', { line: i + 1 });
				break;
			}
		}
	}
	return { errors: e, recommendations, citations };
}

export const BRIEF_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	title: { field: 'title', key: 'adv.v.briefTitle' },
	summary: { field: 'summary', key: 'adv.v.briefSummary' },
	body: { field: 'body', key: 'adv.v.briefBody' },
	recommendations: { field: 'recommendations', key: 'adv.v.recommendations' },
	citations: { field: 'citations', key: 'adv.v.citations' }
};

// ---------------------------------------------------------------------------------------------------------
// Officials

export interface OfficialValues {
	name: string;
	position: string;
	institution: string;
	level: string;
	country: string;
	region: string;
	email: string;
	contactUrl: string;
	sourceUrl: string;
	lastVerifiedOn: string;
	needsVerification: boolean;
	notes: string;
	active: boolean;
}

export function readOfficialForm(data: FormData): OfficialValues {
	return {
		name: cleanLine(text(data, 'name')),
		position: cleanLine(text(data, 'position')),
		institution: cleanLine(text(data, 'institution')),
		level: text(data, 'level'),
		country: text(data, 'country').trim().toUpperCase(),
		region: cleanLine(text(data, 'region')),
		email: text(data, 'email').trim().toLowerCase(),
		contactUrl: text(data, 'contactUrl').trim(),
		sourceUrl: text(data, 'sourceUrl').trim(),
		lastVerifiedOn: text(data, 'lastVerifiedOn').trim(),
		needsVerification: data.get('needsVerification') === 'yes',
		notes: cleanText(text(data, 'notes')),
		active: data.get('active') === 'yes'
	};
}

export function checkOfficial(locale: Locale, v: OfficialValues): FieldErrors {
	const e: FieldErrors = {};
	if (!between(v.name, 2, 200)) e.name = t(locale, 'adv.v.officialName');
	if (v.position && !between(v.position, 2, 200)) e.position = t(locale, 'adv.v.position');
	if (!between(v.institution, 2, 200)) e.institution = t(locale, 'adv.v.institution');
	if (!isLevel(v.level)) e.level = t(locale, 'adv.v.level');
	if (!/^[A-Z]{2}$/.test(v.country)) e.country = t(locale, 'adv.v.country');
	if (v.region.length > 120) e.region = t(locale, 'adv.v.region');
	if (v.email && (v.email.length > 254 || !EMAIL.test(v.email))) e.email = t(locale, 'adv.v.email');
	if (v.contactUrl && (v.contactUrl.length > 500 || !isUrl(v.contactUrl))) e.contactUrl = t(locale, 'adv.v.url');
	if (v.sourceUrl && (v.sourceUrl.length > 500 || !isUrl(v.sourceUrl))) e.sourceUrl = t(locale, 'adv.v.url');
	if (v.lastVerifiedOn && !isDay(v.lastVerifiedOn)) e.lastVerifiedOn = t(locale, 'adv.v.date');
	if (v.notes.length > 1000) e.notes = t(locale, 'adv.v.notes');
	return e;
}

/** Create and update share the body: an empty optional field is stored as "none" (null). */
export function officialBody(v: OfficialValues): Schemas['CreateOfficialRequest'] & Schemas['UpdateOfficialRequest'] {
	return {
		name: v.name,
		position: v.position || null,
		institution: v.institution,
		level: isLevel(v.level) ? v.level : 'national',
		country: v.country,
		region: v.region || null,
		email: v.email || null,
		contactUrl: v.contactUrl || null,
		sourceUrl: v.sourceUrl || null,
		lastVerifiedOn: v.lastVerifiedOn || null,
		needsVerification: v.needsVerification,
		notes: v.notes || null,
		active: v.active
	};
}

export const OFFICIAL_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	name: { field: 'name', key: 'adv.v.officialName' },
	position: { field: 'position', key: 'adv.v.position' },
	institution: { field: 'institution', key: 'adv.v.institution' },
	level: { field: 'level', key: 'adv.v.level' },
	country: { field: 'country', key: 'adv.v.country' },
	region: { field: 'region', key: 'adv.v.region' },
	email: { field: 'email', key: 'adv.v.email' },
	contactUrl: { field: 'contactUrl', key: 'adv.v.url' },
	sourceUrl: { field: 'sourceUrl', key: 'adv.v.url' },
	lastVerifiedOn: { field: 'lastVerifiedOn', key: 'adv.v.date' },
	notes: { field: 'notes', key: 'adv.v.notes' }
};

// ---------------------------------------------------------------------------------------------------------
// Replies

export interface ReplyValues {
	receivedOn: string;
	channel: string;
	summary: string;
	url: string;
}

export function readReplyForm(data: FormData): ReplyValues {
	return {
		receivedOn: text(data, 'receivedOn').trim(),
		channel: text(data, 'channel'),
		summary: cleanText(text(data, 'summary')),
		url: text(data, 'url').trim()
	};
}

/** The day a reply arrived, as an instant: midday in Madrid (the API allows a day either side). */
export function replyInstant(day: string): string | null {
	return isDay(day) ? zonedToIso(`${day}T12:00`, 'Europe/Madrid') : null;
}

export function checkReply(locale: Locale, v: ReplyValues, today: string): FieldErrors {
	const e: FieldErrors = {};
	if (!isDay(v.receivedOn)) e.receivedOn = t(locale, 'adv.v.receivedOn');
	else if (v.receivedOn > today) e.receivedOn = t(locale, 'adv.v.receivedFuture');
	if (!isChannel(v.channel)) e.channel = t(locale, 'adv.v.channel');
	if (!between(v.summary, 3, 5000)) e.summary = t(locale, 'adv.v.replySummary');
	if (v.url && (v.url.length > 500 || !isUrl(v.url))) e.url = t(locale, 'adv.v.url');
	return e;
}

export const REPLY_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	receivedAt: { field: 'receivedOn', key: 'adv.v.receivedApi' },
	channel: { field: 'channel', key: 'adv.v.channel' },
	summary: { field: 'summary', key: 'adv.v.replySummary' },
	url: { field: 'url', key: 'adv.v.url' }
};

/** Today in Madrid, YYYY-MM-DD. */
export function todayInMadrid(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

// ---------------------------------------------------------------------------------------------------------
// Sends

export interface SendValues {
	version: string;
	mode: string;
	country: string;
	level: string;
	institution: string;
	officialIds: string[];
	subject: string;
	message: string;
	includeUnverified: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readSendForm(data: FormData): SendValues {
	return {
		version: text(data, 'version').trim(),
		mode: text(data, 'mode'),
		country: text(data, 'country').trim().toUpperCase(),
		level: text(data, 'level'),
		institution: cleanLine(text(data, 'institution')),
		officialIds: [...new Set(data.getAll('officialIds').filter((v): v is string => typeof v === 'string' && UUID.test(v)))],
		subject: cleanLine(text(data, 'subject')),
		message: cleanText(text(data, 'message')),
		includeUnverified: text(data, 'includeUnverified') === 'on'
	};
}

export function checkSend(locale: Locale, v: SendValues, latestVersion: number): FieldErrors {
	const e: FieldErrors = {};
	const version = Number(v.version);
	if (!Number.isInteger(version) || version < 1 || version > latestVersion) e.version = t(locale, 'adv.v.version');
	if (v.mode === 'filter') {
		if (!v.country && !v.level && !v.institution) e.country = t(locale, 'adv.v.filterEmpty');
		else if (v.country && !/^[A-Z]{2}$/.test(v.country)) e.country = t(locale, 'adv.v.country');
		if (v.level && !isLevel(v.level)) e.level = t(locale, 'adv.v.level');
		if (v.institution && !between(v.institution, 2, 200)) e.institution = t(locale, 'adv.v.institution');
	} else if (v.mode === 'pick') {
		if (v.officialIds.length === 0) e.officialIds = t(locale, 'adv.v.pickOfficials');
		else if (v.officialIds.length > 2000) e.officialIds = t(locale, 'adv.v.pickTooMany');
	} else e.mode = t(locale, 'adv.v.mode');
	if (!between(v.subject, 3, 200)) e.subject = t(locale, 'adv.v.subject');
	if (!between(v.message, 10, 10000)) e.message = t(locale, 'adv.v.message');
	return e;
}

export function sendBody(v: SendValues): Schemas['CreateSendRequest'] {
	const base = { version: Number(v.version), subject: v.subject, message: v.message, includeUnverified: v.includeUnverified };
	if (v.mode === 'pick') return { ...base, officialIds: v.officialIds };
	return {
		...base,
		filter: {
			...(v.country ? { country: v.country } : {}),
			...(isLevel(v.level) ? { level: v.level } : {}),
			...(v.institution ? { institution: v.institution } : {})
		}
	};
}

export const SEND_FIELDS: Record<string, { field: string; key: MessageKey }> = {
	version: { field: 'version', key: 'adv.v.version' },
	officialIds: { field: 'officialIds', key: 'adv.v.pickOfficials' },
	'filter.country': { field: 'country', key: 'adv.v.country' },
	'filter.level': { field: 'level', key: 'adv.v.level' },
	'filter.institution': { field: 'institution', key: 'adv.v.institution' },
	subject: { field: 'subject', key: 'adv.v.subject' },
	message: { field: 'message', key: 'adv.v.message' }
};
