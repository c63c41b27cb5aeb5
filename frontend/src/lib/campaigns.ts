import type { Locale } from '$lib/i18n';

/** A campaign's address part, as the API makes them: anything else is a page that does not exist. */
export const CAMPAIGN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Other country" in the sign-on form: ZZ is the ISO 3166 code for an unknown or unspecified region. */
export const OTHER_COUNTRY = 'ZZ';

/**
 * Countries offered in the sign-on form: Spain and Ecuador first, then (by name) where Ecuadorian
 * migrants and their families mostly live, then "another country". A short list keeps the page light.
 */
const FIRST = ['ES', 'EC'];
const MORE = ['AR', 'AT', 'BE', 'BO', 'CA', 'CH', 'CL', 'CO', 'DE', 'FR', 'GB', 'IE', 'IT', 'MX', 'NL', 'PE', 'PT', 'SE', 'US', 'VE'];

/** A country's name in the reader's language ("EC" → "Ecuador"); the code itself if unknown. */
export function countryName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** The sign-on form's countries as [code, name], in the order above (the middle ones sorted by name). */
export function signCountries(locale: Locale): [string, string][] {
	const named = (codes: string[]) => codes.map((c): [string, string] => [c, countryName(c, locale)]);
	return [...named(FIRST), ...named(MORE).sort((a, b) => a[1].localeCompare(b[1], locale))];
}

/** The calendar day (YYYY-MM-DD) of an instant in Spain, where the campaigns are run from. */
export function madridDay(iso: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** A rate from 0 to 1 as a whole percentage: "33 %" in Spanish, "33%" in English. */
export function formatPercent(rate: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'es' ? 'es-ES' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Which of the three wordings a count takes: none, one or many. */
export function countForm(count: number): 'none' | 'one' | 'many' {
	return count === 0 ? 'none' : count === 1 ? 'one' : 'many';
}
