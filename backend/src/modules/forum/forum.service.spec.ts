import { excerpt, fold, makePseudonym } from './forum.service';

describe('makePseudonym', () => {
  it('is "Persona" and four unambiguous characters, different almost every time', () => {
    const names = Array.from({ length: 200 }, makePseudonym);
    for (const n of names) expect(n).toMatch(/^Persona [A-HJ-NP-Z2-9]{4}$/); // no I, O, 0 or 1
    expect(new Set(names).size).toBeGreaterThan(190);
  });
});

describe('fold', () => {
  it('compares watched words without case or accents', () => {
    expect(fold('ESTAFADÓR Ñandú')).toBe('estafador nandu');
  });
});

describe('excerpt', () => {
  it('gives plain text without Markdown syntax, cut at a word with an ellipsis', () => {
    expect(excerpt('## Mi caso\n\nTengo **dos** hijos y [un enlace](https://example.org).\n\n```\ncódigo\n```\n> cita')).toBe('Mi caso Tengo dos hijos y un enlace. cita');
    const long = excerpt('palabra '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('palabra…')).toBe(true);
  });

  it('keeps short texts whole', () => {
    expect(excerpt('¿Puedo renovar?')).toBe('¿Puedo renovar?');
  });
});
