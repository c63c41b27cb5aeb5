import type { Locale } from '$lib/i18n';

const tag = (locale: Locale) => (locale === 'es' ? 'es-ES' : 'en-GB');

/** A calendar date (YYYY-MM-DD) as people write it: "3 de diciembre de 2026" / "3 December 2026". */
export function formatDay(day: string, locale: Locale): string {
	const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A calendar date, short, for tables: "3 dic 2026" / "3 Dec 2026". */
export function formatDayShort(day: string, locale: Locale): string {
	const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A number as people write it: "6,5" in Spanish, "6.5" in English. */
export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(value);
}

/** An instant in a given time zone, with the zone's name so nobody mistakes Madrid time for Quito time. */
export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(new Date(iso));
}

/** A short date and time of an instant (for lists), in the given zone or the reader's default. */
export function formatShort(iso: string, locale: Locale, timeZone?: string): string {
	return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

function offsetMinutes(instant: Date, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * A wall-clock time typed in a form (`<input type="datetime-local">`, "2026-12-03T18:00") in the class's
 * time zone, as an ISO instant. Null when the text is not such a time.
 */
export function zonedToIso(local: string, timeZone: string): string | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) return null;
	const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m.slice(1).map(Number);
	const guess = Date.UTC(y, mo - 1, d, h, mi);
	if (Number.isNaN(guess)) return null;
	// Two passes settle the offset even next to a daylight-saving change.
	let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
	instant = guess - offsetMinutes(new Date(instant), timeZone) * 60_000;
	return new Date(instant).toISOString();
}
