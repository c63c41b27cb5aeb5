import { en } from './en';
import { es } from './es';
import type { Locale, MessageKey, Messages, Params } from './types';

export type { Locale, MessageKey, Params } from './types';

export const LOCALES: readonly Locale[] = ['es', 'en'];
export const DEFAULT_LOCALE: Locale = 'es';

const dictionaries: Record<Locale, Messages> = { es, en };

export function isLocale(value: unknown): value is Locale {
	return value === 'es' || value === 'en';
}

/** Translates `key` into `locale`, filling `{name}` placeholders from `params`. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
	const template = dictionaries[locale][key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The first of our languages named in an Accept-Language header (by q-value), or the default. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
	if (!acceptLanguage) return DEFAULT_LOCALE;
	const ranked = acceptLanguage
		.split(',')
		.map((part, index) => {
			const [tag = '', ...rest] = part.trim().split(';');
			const q = rest.map((r) => /^\s*q=([\d.]+)\s*$/.exec(r)?.[1]).find((v) => v !== undefined);
			return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
		})
		.filter((r) => r.q > 0 && !Number.isNaN(r.q))
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const r of ranked) if (isLocale(r.lang)) return r.lang;
	return DEFAULT_LOCALE;
}
