import type { Locale } from '../../modules/users/user.entity';

export const LOCALES: readonly Locale[] = ['es', 'en'];

/** Picks es or en: an explicit `lang` cookie first, then Accept-Language, else Spanish. */
export function negotiateLocale(cookieLang: unknown, acceptLanguage: string | undefined): Locale {
  if (cookieLang === 'es' || cookieLang === 'en') return cookieLang;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag, ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
      })
      .filter((x) => x.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { lang } of ranked) if (lang === 'es' || lang === 'en') return lang;
  }
  return 'es';
}
