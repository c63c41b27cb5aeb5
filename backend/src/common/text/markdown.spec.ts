import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('## Costes\n\n- fijos\n- variables\n\n[PAE](https://paeelectronico.es)');
    expect(html).toContain('<h2>Costes</h2>');
    expect(html).toContain('<li>fijos</li>');
    expect(html).toContain('<a href="https://paeelectronico.es" rel="noopener noreferrer">PAE</a>');
  });

  it('never lets scripts, event handlers or javascript: links through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>');
    // What remains is harmless text: no element, attribute or link was made from it.
    expect(html).not.toMatch(/<script|<img|<iframe|<[a-z][^>]*\son\w+=|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('moves headings down a level for nested content', () => {
    expect(renderMarkdown('## Fuentes\n\n### Detalle', { nested: true })).toBe('<h3>Fuentes</h3>\n<h4>Detalle</h4>\n');
  });

  it('keeps page headings in order: a level-1 heading becomes level 2', () => {
    expect(renderMarkdown('# Título')).toBe('<h2>Título</h2>\n');
  });
  it('keeps headings under the level of the section they are shown in', () => {
    expect(renderMarkdown('# Uno\n\n## Dos', { nested: true })).toBe('<h3>Uno</h3>\n<h3>Dos</h3>\n');
    expect(renderMarkdown('# Uno\n\n### Tres', { deep: true })).toBe('<h4>Uno</h4>\n<h4>Tres</h4>\n');
  });
});
