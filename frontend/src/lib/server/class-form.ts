import type { components } from '$lib/api/schema';
import { t, type Locale } from '$lib/i18n';
import { isMode, isTimeZone } from '$lib/teaching';
import { type FieldErrors, text } from './forms';

type CreateClass = components['schemas']['CreateClassRequest'];
type UpdateClass = components['schemas']['UpdateClassRequest'];

/** What the class form sent, as typed (so a form with errors comes back as the person left it). */
export interface ClassValues {
	courseSlug: string;
	title: string;
	startsOn: string;
	endsOn: string;
	timezone: string;
	capacity: string;
	mode: string;
	location: string;
	enrolmentOpen: boolean;
}

export function readClassForm(data: FormData): ClassValues {
	return {
		courseSlug: text(data, 'courseSlug').trim(),
		title: text(data, 'title').trim(),
		startsOn: text(data, 'startsOn').trim(),
		endsOn: text(data, 'endsOn').trim(),
		timezone: text(data, 'timezone').trim(),
		capacity: text(data, 'capacity').trim(),
		mode: text(data, 'mode'),
		location: text(data, 'location').trim(),
		enrolmentOpen: data.get('enrolmentOpen') === 'yes'
	};
}

/** A real calendar date written YYYY-MM-DD (what `<input type="date">` sends). */
export function isDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Friendly checks before the API sees the class: the same rules, in words a volunteer understands. */
export function checkClass(locale: Locale, v: ClassValues, opts: { courses?: readonly string[] }): FieldErrors {
	const errors: FieldErrors = {};
	if (opts.courses && !opts.courses.includes(v.courseSlug)) errors.courseSlug = t(locale, 'teach.v.course');
	if (v.title.length < 3 || v.title.length > 120) errors.title = t(locale, 'teach.v.title');
	if (!isDay(v.startsOn)) errors.startsOn = t(locale, 'teach.v.startsOn');
	if (!isDay(v.endsOn)) errors.endsOn = t(locale, 'teach.v.endsOn');
	else if (isDay(v.startsOn) && v.endsOn < v.startsOn) errors.endsOn = t(locale, 'teach.v.endsBeforeStart');
	if (opts.courses && !isTimeZone(v.timezone)) errors.timezone = t(locale, 'teach.v.timezone');
	const capacity = Number(v.capacity);
	if (!/^\d{1,4}$/.test(v.capacity) || capacity < 1 || capacity > 1000) errors.capacity = t(locale, 'teach.v.capacity');
	if (!isMode(v.mode)) errors.mode = t(locale, 'teach.v.mode');
	else if (v.mode !== 'online' && v.location.length < 3) errors.location = t(locale, 'teach.v.location');
	if (v.location.length > 300) errors.location = t(locale, 'teach.v.locationLong');
	return errors;
}

/** The create request; call only after `checkClass` found nothing. */
export function createBody(v: ClassValues): CreateClass {
	return {
		courseSlug: v.courseSlug,
		title: v.title,
		startsOn: v.startsOn,
		endsOn: v.endsOn,
		timezone: v.timezone,
		capacity: Number(v.capacity),
		mode: isMode(v.mode) ? v.mode : 'online',
		...(v.location ? { location: v.location } : {}),
		enrolmentOpen: v.enrolmentOpen
	};
}

/** The update request. An empty place field clears the stored place (allowed for online classes only). */
export function updateBody(v: ClassValues): UpdateClass {
	return {
		title: v.title,
		startsOn: v.startsOn,
		endsOn: v.endsOn,
		capacity: Number(v.capacity),
		mode: isMode(v.mode) ? v.mode : 'online',
		location: v.location || null,
		enrolmentOpen: v.enrolmentOpen
	};
}
