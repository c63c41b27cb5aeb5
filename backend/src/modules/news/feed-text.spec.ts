import sanitizeHtml from 'sanitize-html';
import { canonicalLink, itemSlug, plainText, sameStory, sanitiseSummary, STOP_WORDS, storyKeys, titleTokens, TRACKING_PARAMS } from './feed-text';

// Headlines and summaries below are invented test data.
const BASE = 'https://diario.example/noticias/2025/articulo.html';
const ID = '3f2a9c1e-7b4d-4e8f-9a0b-1c2d3e4f5a6b';

/** What the summaries may hold; sanitising a result again with it must change nothing. */
const RESULT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
};

/** Every element closed in order, nothing but the allowed tags, no stray '<' or '>' in text. */
function expectWellFormed(html: string): void {
  const stack: string[] = [];
  for (const [, slash, name, selfClose] of html.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    expect(RESULT_OPTIONS.allowedTags).toContain(name);
    if (name === 'br') expect(selfClose).toBe('/');
    else if (!slash) stack.push(name);
    else expect(stack.pop()).toBe(name);
  }
  expect(stack).toEqual([]);
  expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
  expect(sanitizeHtml(html, RESULT_OPTIONS)).toBe(html);
}

describe('canonicalLink', () => {
  it('drops tracking parameters and keeps the others in their order', () => {
    expect(canonicalLink('https://diario.example/a?b=1&utm_source=x&c=2&fbclid=y&utm_medium=z&d=3&gclid=q&utm_campaign=w')).toBe('https://diario.example/a?b=1&c=2&d=3');
  });

  it('drops every listed tracking parameter, whatever its case or escaping', () => {
    for (const name of TRACKING_PARAMS) expect(canonicalLink(`https://diario.example/a?id=7&${name}=1`)).toBe('https://diario.example/a?id=7');
    expect(canonicalLink('https://diario.example/a?UTM_Source=1&FBCLID=2&utm%5Fterm=3&utm_=4&keep=5')).toBe('https://diario.example/a?keep=5');
  });

  it('keeps parameters that only look like tracking ones', () => {
    expect(canonicalLink('https://diario.example/a?ref=home&utmost=1&source=rss')).toBe('https://diario.example/a?ref=home&utmost=1&source=rss');
  });

  it('drops the fragment, an empty query and empty pairs', () => {
    expect(canonicalLink('https://diario.example/a?utm_source=x#comentarios')).toBe('https://diario.example/a');
    expect(canonicalLink('https://diario.example/a?#top')).toBe('https://diario.example/a');
    expect(canonicalLink('https://diario.example/a?x=1&&y=2&')).toBe('https://diario.example/a?x=1&y=2');
  });

  it('lower-cases scheme and host but not the path', () => {
    expect(canonicalLink('HTTPS://WWW.Diario.EXAMPLE/Seccion/Noticia-1')).toBe('https://www.diario.example/Seccion/Noticia-1');
  });

  it('removes default ports only', () => {
    expect(canonicalLink('https://diario.example:443/a')).toBe('https://diario.example/a');
    expect(canonicalLink('http://diario.example:80/a')).toBe('http://diario.example/a');
    expect(canonicalLink('https://diario.example:8443/a')).toBe('https://diario.example:8443/a');
    expect(canonicalLink('http://diario.example:443/a')).toBe('http://diario.example:443/a');
  });

  it('refuses links with credentials', () => {
    expect(canonicalLink('https://user:pass@diario.example/a')).toBeNull();
    expect(canonicalLink('https://banco.example@evil.example/login')).toBeNull();
    expect(canonicalLink('https://:secret@diario.example/')).toBeNull();
  });

  it.each([
    'ftp://diario.example/file.pdf',
    'javascript:alert(1)',
    '  JaVaScRiPt:alert(document.cookie)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'mailto:redaccion@diario.example',
    'file:///etc/passwd',
  ])('refuses a scheme other than http(s): %s', (raw) => {
    expect(canonicalLink(raw, BASE)).toBeNull();
  });

  it('resolves relative links against the base', () => {
    expect(canonicalLink('/rel?utm_source=x&id=3#f', BASE)).toBe('https://diario.example/rel?id=3');
    expect(canonicalLink('../2024/otra.html', BASE)).toBe('https://diario.example/noticias/2024/otra.html');
    expect(canonicalLink('//cdn.diario.example/x', BASE)).toBe('https://cdn.diario.example/x');
    expect(canonicalLink('https://otro.example/b', 'not a base')).toBe('https://otro.example/b');
  });

  it('refuses relative links without a usable base, and prose in a link field', () => {
    expect(canonicalLink('/rel')).toBeNull();
    expect(canonicalLink('/rel', 'not a base')).toBeNull();
    expect(canonicalLink('leer más aquí', BASE)).toBeNull();
  });

  it.each([null, undefined, '', '   ', 'not a url', 'http://', 'https://exa mple.example/', 'http://[::1', 'https://%zz/'])('refuses what is not a URL: %p', (raw) => {
    expect(canonicalLink(raw)).toBeNull();
  });

  it('refuses links longer than 2,000 characters', () => {
    const path = 'a'.repeat(1950);
    expect(canonicalLink(`https://diario.example/${path}`)).toBe(`https://diario.example/${path}`);
    expect(canonicalLink(`https://diario.example/${'a'.repeat(2000)}`)).toBeNull();
    // Short as written, too long once percent-encoded.
    expect(canonicalLink(`https://diario.example/${'ñ'.repeat(400)}`)).toBeNull();
  });

  it('writes international hosts in punycode', () => {
    expect(canonicalLink('https://españa.example/noticia')).toBe('https://xn--espaa-rta.example/noticia');
  });
});

describe('sanitiseSummary', () => {
  it('drops a script with its content', () => {
    const r = sanitiseSummary('<p>Antes</p><script>alert(1)</script><p>Después</p>');
    expect(r.html).toBe('<p>Antes</p><p>Después</p>');
    expect(r.text).toBe('Antes Después');
  });

  it('drops images and their event handlers', () => {
    const r = sanitiseSummary('<img src=x onerror=alert(1)>Texto');
    expect(r.html).toBe('Texto');
    expect(r.html).not.toMatch(/img|onerror|alert/);
  });

  it('drops a 1×1 tracking pixel, and a link or paragraph left empty by it', () => {
    const pixel = '<img src="https://tracker.example/p.gif?u=123" width="1" height="1" alt="" style="display:none">';
    expect(sanitiseSummary(`<p>Hola ${pixel}</p><p>${pixel}</p><a href="https://tracker.example/c">${pixel}</a>`).html).toBe('<p>Hola</p>');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
  ])('keeps the text of a %s link but not the link', (href) => {
    const r = sanitiseSummary(`<p><a href="${href}">x</a></p>`, BASE);
    expect(r.html).toBe('<p>x</p>');
  });

  it('makes links absolute and canonical, adds rel and drops every other attribute', () => {
    const r = sanitiseSummary('<a href="/rel?utm_source=x#f" onclick="steal()" target="_blank" title="t" style="color:red">leer</a>', BASE);
    expect(r.html).toBe('<a href="https://diario.example/rel" rel="noopener noreferrer nofollow">leer</a>');
    expect(r.text).toBe('leer');
  });

  it('replaces a rel given by the feed', () => {
    expect(sanitiseSummary('<a href="https://otro.example/" rel="opener">x</a>').html).toBe('<a href="https://otro.example/" rel="noopener noreferrer nofollow">x</a>');
  });

  it.each(['iframe', 'object', 'svg', 'math', 'style', 'noscript', 'template', 'form', 'button', 'select', 'textarea', 'video', 'audio', 'canvas'])(
    'drops <%s> with its content',
    (tag) => {
      const r = sanitiseSummary(`<p>uno</p><${tag} src="https://evil.example/" onload="x()"><p>oculto</p><b>secreto</b></${tag}><p>dos</p>`);
      expect(r.html).toBe('<p>uno</p><p>dos</p>');
      expect(r.text).toBe('uno dos');
    },
  );

  it('drops svg and math content, however they nest', () => {
    const r = sanitiseSummary('a <svg><g><path d="M0"/><text>oculto<tspan>más</tspan></text></g><script>x()</script></svg> b <math><mi>y</mi></math> c');
    expect(r.text).toBe('a b c');
  });

  it('drops embed and other void elements (they have no content to keep)', () => {
    expect(sanitiseSummary('<p>uno<embed src="https://evil.example/x.swf" type="application/x-shockwave-flash"> dos<meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="x"><base href="https://evil.example/"></p>').html).toBe('<p>uno dos</p>');
  });

  it('drops form fields', () => {
    expect(sanitiseSummary('<p>Texto<input type="hidden" value="token"></p><form action="https://evil.example"><input value="x"><button>Enviar</button></form>').html).toBe('<p>Texto</p>');
  });

  it('drops every attribute of the tags it keeps', () => {
    const r = sanitiseSummary('<p style="position:fixed" class="lead" id="x" onmouseover="x()" data-track="1">Texto <strong class="k">fuerte</strong> <em lang="es">suave</em></p>');
    expect(r.html).toBe('<p>Texto <strong>fuerte</strong> <em>suave</em></p>');
  });

  it('turns b into strong, i into em and headings into paragraphs', () => {
    expect(sanitiseSummary('<h1>Uno</h1><h3>Dos</h3><h6>Tres</h6><p><b>b</b> <i>i</i></p>').html).toBe('<p>Uno</p><p>Dos</p><p>Tres</p><p><strong>b</strong> <em>i</em></p>');
  });

  it('keeps lists and quotes', () => {
    expect(sanitiseSummary('<blockquote><p>Cita</p></blockquote><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>').html).toBe(
      '<blockquote><p>Cita</p></blockquote><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>',
    );
  });

  it('unwraps nested unknown tags and keeps their text, with a line break where a block ended', () => {
    const r = sanitiseSummary('<div class="a"><section><span style="x"><font color="red">Primera <u>línea</u></font></span></section></div><div><custom-tag><abbr>Segunda</abbr></custom-tag></div>');
    expect(r.html).toBe('Primera línea<br />Segunda');
    expect(r.text).toBe('Primera línea Segunda');
  });

  it('does not leave line breaks at the edge of a block, nor several in a row', () => {
    expect(sanitiseSummary('<div><p><br>uno<br><br><br>dos<br></p></div><table><tr><td>tres</td><td>cuatro</td></tr></table>').html).toBe('<p>uno<br />dos</p>tres<br />cuatro');
  });

  it('drops comments, conditional comments included', () => {
    const r = sanitiseSummary('<!-- <script>alert(1)</script> --><p>Texto</p><!--[if IE]><script>alert(2)</script><![endif]-->');
    expect(r.html).toBe('<p>Texto</p>');
  });

  it('collapses white space and drops empty elements', () => {
    const r = sanitiseSummary('\n  <p>  Mucho\n\n\tespacio   aquí  </p>\n<p> </p><p>&nbsp;</p><strong></strong><ul><li> </li></ul>');
    expect(r.html).toBe('<p>Mucho espacio aquí</p>');
    expect(r.text).toBe('Mucho espacio aquí');
  });

  it('decodes entities in the text and keeps the HTML escaped', () => {
    const r = sanitiseSummary('<p>Caf&eacute; &amp; t&#233; &#x27;ya&#x27; &lt;b&gt;no es etiqueta&lt;/b&gt; &quot;citas&quot; &nbsp;fin</p>');
    expect(r.text).toBe('Café & té \'ya\' <b>no es etiqueta</b> "citas" fin');
    expect(r.html).toBe('<p>Café &amp; té \'ya\' &lt;b&gt;no es etiqueta&lt;/b&gt; "citas" fin</p>');
  });

  it('removes control characters (PostgreSQL refuses NUL) and invisible direction overrides', () => {
    const r = sanitiseSummary('<p>a\u0000b\u0007c \u202Eevil\u202C</p>');
    expect(r.text).toBe('abc evil');
  });

  it('closes elements a hostile feed left open', () => {
    const r = sanitiseSummary('<p>Abierto <strong>fuerte <em>y <a href="https://otro.example/">enlace');
    expect(r.html).toBe('<p>Abierto <strong>fuerte <em>y <a href="https://otro.example/" rel="noopener noreferrer nofollow">enlace</a></em></strong></p>');
    expectWellFormed(r.html);
  });

  it('cuts a 50 KB summary to about 1,200 characters at a word, still well formed', () => {
    const chunk =
      '<div class="c"><h2>Subtítulo</h2><p style="x">La <b>comunidad</b> ecuatoriana en <a href="/madrid?utm_source=rss">Madrid</a> celebra &eacute;l encuentro ' +
      '<img src="https://tracker.example/p.gif" width="1" height="1"><script>track()</script><span>anual</span> con <i>música</i> y comida.</p>' +
      '<ul><li>Uno <strong>dos <em>tres</em></strong></li><li>cuatro</li></ul><blockquote>Una cita larga</blockquote></div>';
    const html = chunk.repeat(Math.ceil(50_000 / chunk.length));
    expect(html.length).toBeGreaterThanOrEqual(50_000);
    const r = sanitiseSummary(html, BASE);
    expect(r.text.length).toBeLessThanOrEqual(1200);
    expect(r.text.length).toBeGreaterThan(1100);
    expect(r.text.endsWith('…')).toBe(true);
    expect(r.html.replace(/<[^>]*>/g, '').endsWith('…')).toBe(true);
    // Cut at a word: what comes before the ellipsis is a whole word of the source.
    expect(r.text).toMatch(/(?:^|\s)(?:La|comunidad|ecuatoriana|en|Madrid|celebra|él|encuentro|anual|con|música|y|comida\.|Uno|dos|tres|cuatro|Una|cita|larga|Subtítulo)…$/);
    expect(r.html).not.toMatch(/script|img|track\(|utm_|style|class/);
    expect(r.html).toContain('<a href="https://diario.example/madrid" rel="noopener noreferrer nofollow">Madrid</a>');
    expectWellFormed(r.html);
  });

  it('keeps the text identical to the HTML content, cut the same way', () => {
    const r = sanitiseSummary(`<p>${'palabra '.repeat(100)}</p><ul><li>${'otra '.repeat(100)}</li></ul>`, undefined, 1000);
    expect(r.text.length).toBeLessThanOrEqual(1000);
    const fromHtml = r.html.replace(/<\/?(p|li|ul|ol|blockquote|br)[^>]*>/g, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    expect(r.text).toBe(fromHtml);
    expect(r.text).toMatch(/^(palabra ){100}(otra )*otra…$/);
    expectWellFormed(r.html);
  });

  it('cuts a single very long word in the middle rather than dropping everything', () => {
    const r = sanitiseSummary(`<p>${'x'.repeat(5000)}</p>`, undefined, 100);
    expect(r.text).toBe(`${'x'.repeat(99)}…`);
    expect(r.html).toBe(`<p>${'x'.repeat(99)}…</p>`);
  });

  it('puts the ellipsis after the last word that fits, not alone in a new paragraph', () => {
    expect(sanitiseSummary('<p>uno dos,</p><p>tresssss</p>', undefined, 9)).toEqual({ html: '<p>uno dos…</p>', text: 'uno dos…' });
    expect(sanitiseSummary('<p>uno <strong>dos</strong> <em>tresssss</em></p>', undefined, 9).html).toBe('<p>uno <strong>dos</strong>…</p>');
    expect(sanitiseSummary('<p>Tom &amp; Jerry &amp; amigos</p>', undefined, 14).html).toBe('<p>Tom &amp; Jerry…</p>');
  });

  it('does not cut a summary that fits', () => {
    const r = sanitiseSummary('<p>Corto.</p>', undefined, 6);
    expect(r).toEqual({ html: '<p>Corto.</p>', text: 'Corto.' });
  });

  it('gives empty strings for no summary', () => {
    expect(sanitiseSummary(null)).toEqual({ html: '', text: '' });
    expect(sanitiseSummary(undefined)).toEqual({ html: '', text: '' });
    expect(sanitiseSummary('<script>x</script><img src=x>')).toEqual({ html: '', text: '' });
  });

  it.each([
    ['nested links', '<a href="https://uno.example/"><a href="javascript:x()">dos</a></a>'],
    ['misnested blocks', '<p>a<ul><li>b<p>c</li></ul></p><h1>d<div>e</div></h1>'],
    ['split script tags', '<<script>script>alert(1)<</script>/script>'],
    ['markup in an attribute', '<p title="</p><script>alert(1)</script>">x</p>'],
    ['markup in a link', '<a href="https://ok.example/?q=&quot;><script>alert(1)</script>">y</a>'],
    ['markup in raw-text elements', '<style><img src=x onerror=alert(1)></style><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['500 nested elements', '<em>'.repeat(500) + 'profundo' + '</em>'.repeat(10)],
    ['stray closing tags', '<strong><p>bloque dentro de línea</p></strong></li></ul></blockquote>'],
  ])('leaves nothing active in %s', (_label, html) => {
    const r = sanitiseSummary(html, BASE);
    expect(r.html).not.toMatch(/<script|<img|<style|\son\w+=|javascript:/i);
    expectWellFormed(r.html);
  });
});

describe('plainText', () => {
  it('removes tags, decodes entities and collapses white space', () => {
    expect(plainText('  <b>Quito</b> &amp; Guayaquil:\n\n<em>caf&eacute;</em>\t&#233;xito  ')).toBe('Quito & Guayaquil: café éxito');
  });

  it('keeps the words of separate blocks apart', () => {
    expect(plainText('<p>Uno</p><p>dos</p><div>tres</div>cuatro<br>cinco')).toBe('Uno dos tres cuatro cinco');
  });

  it('drops scripts and styles with their content', () => {
    expect(plainText('Titular<script>alert(1)</script><style>b{}</style> limpio')).toBe('Titular limpio');
  });

  it('removes control characters and direction overrides', () => {
    expect(plainText('Ti\u0000tu\u0008lar \u202Egnp.exe\u202C ok\u200B')).toBe('Titular gnp.exe ok');
  });

  it('cuts at a word with an ellipsis', () => {
    const long = 'Las nuevas medidas para migrantes '.repeat(20);
    const cut = plainText(long);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/^Las nuevas medidas/);
    expect(cut).toMatch(/(Las|nuevas|medidas|para|migrantes)…$/);
    expect(plainText('Uno, dos, tres, cuatro', 12)).toBe('Uno, dos…');
    // A word longer than half the room (a pasted URL) is cut rather than dropped whole.
    expect(plainText(`Fuente: https://diario.example/${'x'.repeat(400)}`, 40)).toBe('Fuente: https://diario.example/xxxxxxxx…');
  });

  it('gives an empty string for nothing', () => {
    expect(plainText(null)).toBe('');
    expect(plainText(undefined)).toBe('');
    expect(plainText('<img src=x>')).toBe('');
  });
});

describe('titleTokens', () => {
  it('folds accents and case, drops punctuation, quotes and stop words', () => {
    expect(titleTokens('«El Gobierno» aprueba: la regularización de los migrantes, ¡por fin!')).toEqual(['aprueba', 'fin', 'gobierno', 'migrantes', 'regularizacion']);
    expect(titleTokens('"The Minister" of Spain speaks to the press')).toEqual(['minister', 'press', 'spain', 'speaks']);
  });

  it('keeps numbers, one way however they are grouped', () => {
    expect(titleTokens('1.200 euros en 2025')).toEqual(['1200', '2025', 'euros']);
    expect(titleTokens('1,200 euros en 2025')).toEqual(titleTokens('1200 euros en 2025'));
    expect(titleTokens('3 detenidos')).toEqual(['3', 'detenidos']);
  });

  it('drops single letters and repeats, and sorts', () => {
    expect(titleTokens('Ñandú y ñandú: O’Neill x Z')).toEqual(['nandu', 'neill']);
  });

  it('has the stop words the story matching relies on', () => {
    for (const w of ['el', 'la', 'de', 'que', 'the', 'of', 'and']) expect(STOP_WORDS).toContain(w);
  });
});

describe('storyKeys', () => {
  it('titles of the same story always share a key (checked on 20,000 random pairs), and keys are few', () => {
    // A small vocabulary makes near-identical pairs common, so both outcomes of sameStory are exercised.
    const words = Array.from({ length: 14 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = () => [...new Set(Array.from({ length: 2 + Math.floor(rand() * 10) }, () => words[Math.floor(rand() * words.length)]))].sort();
    let same = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = pick();
      const b = rand() < 0.5 ? pick() : [...new Set([...a.filter(() => rand() > 0.1), ...(rand() < 0.3 ? [words[Math.floor(rand() * words.length)]] : [])])].sort();
      if (!sameStory(a, b)) continue;
      same++;
      const keys = new Set(storyKeys(a));
      expect(storyKeys(b).some((k) => keys.has(k))).toBe(true);
    }
    expect(same).toBeGreaterThan(1000);
    expect(storyKeys(titleTokens('El Gobierno aprueba la regularización extraordinaria de 500.000 migrantes'))).toHaveLength(2);
    expect(storyKeys(['uno'])).toEqual(['uno']);
    expect(storyKeys([])).toEqual([]);
  });
});

describe('sameStory', () => {
  const same = (a: string, b: string) => sameStory(titleTokens(a), titleTokens(b));

  it('matches the same headline from two outlets with a word added', () => {
    expect(same('Ecuador sube el salario básico a 470 dólares', 'Ecuador sube el salario básico a 470 dólares en 2025')).toBe(true);
  });

  it('matches through quotes, accents and different punctuation', () => {
    expect(same('«Noboa» anuncia nuevo consulado en Valencia', '"Noboa" anuncia: nuevo consulado en Valéncia')).toBe(true);
    expect(same('España regulariza a medio millón de migrantes', 'ESPAÑA REGULARIZA A MEDIO MILLON DE MIGRANTES.')).toBe(true);
  });

  it('does not match different stories that share a few words', () => {
    expect(same('El Gobierno aprueba la regularización extraordinaria de migrantes', 'El Gobierno aprueba la subida del salario mínimo interprofesional')).toBe(false);
    expect(same('Madrid abre un nuevo consulado de Ecuador en Usera', 'Madrid cierra el consulado de Ecuador en Usera por obras')).toBe(false);
  });

  it('needs short titles to match exactly', () => {
    expect(same('Madrid cierra colegios', 'Madrid abre colegios')).toBe(false);
    expect(same('Madrid cierra colegios', '¡Madrid cierra los colegios!')).toBe(true);
  });

  it('does not treat titles without tokens as the same story', () => {
    expect(sameStory([], [])).toBe(false);
    expect(sameStory(['uno'], [])).toBe(false);
  });
});

describe('itemSlug', () => {
  it('folds accents and ñ, lower-cases and joins words, then adds 8 hex of the id', () => {
    expect(itemSlug('¿Qué pasa con la Regularización? Año nuevo, niño', ID)).toBe('que-pasa-con-la-regularizacion-ano-nuevo-nino-3f2a9c1e');
    expect(itemSlug('Straße & Œuvre', ID)).toBe('strasse-oeuvre-3f2a9c1e');
  });

  it('keeps at most 60 characters, cut at a word', () => {
    const slug = itemSlug('La comunidad ecuatoriana de Madrid celebra su fiesta con una gran verbena popular', ID);
    expect(slug).toBe('la-comunidad-ecuatoriana-de-madrid-celebra-su-fiesta-con-una-3f2a9c1e');
    expect(slug.length - 9).toBeLessThanOrEqual(60);
    expect(itemSlug('x'.repeat(80), ID)).toBe(`${'x'.repeat(60)}-3f2a9c1e`);
  });

  it('falls back to "noticia" for titles with no letters or digits', () => {
    expect(itemSlug('🎉🇪🇨🎉', ID)).toBe('noticia-3f2a9c1e');
    expect(itemSlug('', ID.toUpperCase())).toBe('noticia-3f2a9c1e');
  });

  it('refuses an id that is not a uuid', () => {
    expect(() => itemSlug('Titular', 'abc')).toThrow(RangeError);
  });
});
