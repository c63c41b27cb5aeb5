import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('prefers the cookie', () => expect(negotiateLocale('en', 'es-ES')).toBe('en'));
  it('reads Accept-Language with quality values', () => {
    expect(negotiateLocale(undefined, 'fr;q=1, en-GB;q=0.8, es;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined, 'de, es-EC;q=0.9')).toBe('es');
  });
  it('defaults to Spanish', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('es');
    expect(negotiateLocale('xx', 'fr, de')).toBe('es');
  });
});
