import { blogSlug } from './blog.service';

describe('blogSlug', () => {
  it('makes a lower-case address from the title, without accents or signs', () => {
    expect(blogSlug('Cómo pedí cita en Extranjería (¡por fin!)')).toBe('como-pedi-cita-en-extranjeria-por-fin');
    expect(blogSlug('  Año nuevo, ñandú  ')).toBe('ano-nuevo-nandu');
  });

  it('cuts long titles at 70 characters without a trailing dash', () => {
    const slug = blogSlug('palabra '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).not.toMatch(/-$/);
  });

  it('never takes the name of one of the blog pages, nor an empty one', () => {
    expect(blogSlug('Mine')).toBe('entrada');
    expect(blogSlug('Escribir')).toBe('entrada');
    expect(blogSlug('¿¡!?')).toBe('entrada');
  });
});
