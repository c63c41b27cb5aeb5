import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexArticles, parseReference, spanishNumber, textPartsOf } from './boe-articles';
import { LegalContentError, loadLegalTopics } from './legal-content.loader';
import { buildViews, inlineHtml, plainText } from './legal-view';

const BOE = join(__dirname, '..', '..', '..', '..', 'legal-docs', 'sources');

const FRONT = `---
slug: prueba
order: 1
title:
  es: Prueba
  en: Test
summary:
  es: Un tema de prueba.
  en: A test topic.
lastChecked: 2026-11-30
tags: [family]
glance:
  question:
    es: "¿Puedo traer a mi familia?"
    en: "Can I bring my family?"
  EC:
    es: "Según la prensa, sí."
    en: "According to the press, yes."
    cites: ["lomh, art. 60"]
  ES:
    es: "Sí, con requisitos."
    en: "Yes, with requirements."
    cites: ["loex, art. 17.1"]
sources:
  - id: loex
    instrument: Ley Orgánica 4/2000
    articles: "17, 18"
    jurisdiction: ES
    officialUrl: https://www.boe.es/buscar/act.php?id=BOE-A-2000-544
    boeId: BOE-A-2000-544
    confidence: verified
  - id: lomh
    instrument: Ley Orgánica de Movilidad Humana
    articles: "60"
    jurisdiction: EC
    officialUrl: https://www.example.ec/lomh
    confidence: partly
    note: Sin comprobar en el texto oficial.
---
`;
const BODY = `
## Ecuador

Según la prensa, la ley prevé la reunificación. [[lomh, art. 60]]

## España

### Quién

Puedes reagrupar a tu cónyuge. [[loex, art. 17.1]]

- A tus hijos menores. [[loex, art. 17.1]]
- A tus padres, con condiciones. [[loex, art. 17.1]] [[loex, art. 18.1]]

## Diferencias clave

España lo regula con detalle. [[loex, art. 17.1]]

## Qué hacer

1. Reúne los documentos. [[loex, art. 18]]
`;

describe('law comparison loader', () => {
  let root: string;
  const write = (text: string, name = 'prueba.md') => writeFileSync(join(root, name), text);
  const problems = (): string[] => {
    try {
      loadLegalTopics(root, '2026-12-01');
      return [];
    } catch (e) {
      if (e instanceof LegalContentError) return e.problems;
      throw e;
    }
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'puente-legal-'));
    mkdirSync(join(root, 'sources'));
    copyFileSync(join(BOE, 'BOE-A-2000-544.md'), join(root, 'sources', 'BOE-A-2000-544.md'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a valid topic into sections, points and citations', () => {
    write(FRONT + BODY);
    const { topics, hash } = loadLegalTopics(root, '2026-12-01');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const [t] = topics;
    expect(t.sections.map((s) => s.key)).toEqual(['ec', 'es', 'differences', 'steps']);
    const es = t.sections[1];
    expect(es.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list']);
    const list = es.blocks[2];
    expect(list.type === 'list' && list.items[1]).toEqual({
      md: 'A tus padres, con condiciones.',
      citations: [{ source: 'loex', ref: 'art. 17.1' }, { source: 'loex', ref: 'art. 18.1' }],
      line: 52,
    });
    const steps = t.sections[3].blocks[0];
    expect(steps.type === 'list' && steps.ordered).toBe(true);
  });

  it.each([
    ['a point without a citation', (s: string) => s.replace('Puedes reagrupar a tu cónyuge. [[loex, art. 17.1]]', 'Puedes reagrupar a tu cónyuge.'), /prueba\.md:49: punto sin cita/],
    ['an unknown source id', (s: string) => s.replace('[[lomh, art. 60]]\n\n## España', '[[lomhx, art. 60]]\n\n## España'), /prueba\.md:43: la fuente "lomhx" no está declarada/],
    ['a cited article that does not exist', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 717.1]]'), /prueba\.md:49: \[\[loex, art\. 717\.1\]\]: BOE-A-2000-544 no tiene art\. 717/],
    ['a repealed article', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 38 bis]]'), /prueba\.md:49: .*art\. 38 bis de BOE-A-2000-544 está derogado/],
    ['a paragraph the article does not have', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 17.9]]'), /prueba\.md:49: .*art\. 17 de BOE-A-2000-544 no tiene apartado 9/],
    ['a letter the paragraph does not have', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 17.1.z]]'), /prueba\.md:49: .*el apartado 1 de art\. 17 no tiene letra z\)/],
    ['an article cited as repealed that is in force', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 17.1 (derogado)]]'), /prueba\.md:49: .*art\. 17 de BOE-A-2000-544 no está derogado/],
    ['an article of a verified source cited by chapter', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, cap. II]]'), /prueba\.md:49: .*debe citarse por artículo/],
    ['a missing officialUrl', (s: string) => s.replace('    officialUrl: https://www.example.ec/lomh\n', ''), /prueba\.md:32: sources\.1\.officialUrl: falta officialUrl/],
    ['an http address', (s: string) => s.replace('https://www.example.ec/lomh', 'http://www.example.ec/lomh'), /prueba\.md:36: sources\.1\.officialUrl: debe ser una dirección https/],
    ['a missing lastChecked', (s: string) => s.replace('lastChecked: 2026-11-30\n', ''), /prueba\.md:\d+: lastChecked: falta lastChecked/],
    ['a future lastChecked', (s: string) => s.replace('lastChecked: 2026-11-30', 'lastChecked: 2027-01-01'), /prueba\.md:10: lastChecked: 2027-01-01 está en el futuro/],
    ['a missing section', (s: string) => s.replace('## Diferencias clave\n\nEspaña lo regula con detalle. [[loex, art. 17.1]]\n', ''), /falta la sección "## Diferencias clave"/],
    ['sections out of order', (s: string) => s.replace('## Ecuador', '## Temp').replace('## España', '## Ecuador').replace('## Temp', '## España'), /"## Ecuador" va antes de "## España"/],
    ['an unknown section', (s: string) => s.replace('## Diferencias clave', '## Otras cosas'), /sección desconocida "## Otras cosas"/],
    ['text after the citations', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 17.1]] y más'), /prueba\.md:49: las citas van al final/],
    ['a partly source without a note', (s: string) => s.replace('    note: Sin comprobar en el texto oficial.\n', ''), /sources\.1: una fuente "partly" necesita una nota/],
    ['a glance citation to an unknown source', (s: string) => s.replace('cites: ["lomh, art. 60"]', 'cites: ["otra, art. 60"]'), /prueba\.md:19: la fuente "otra" no está declarada/],
    ['a declared source never cited', (s: string) => s.replace(/\[\[lomh, art\. 60\]\]/g, '[[loex, art. 17.1]]').replace('cites: ["lomh, art. 60"]', 'cites: ["loex, art. 17.1"]'), /prueba\.md:\d+: la fuente "lomh" no se cita/],
    ['a tag outside the platform list', (s: string) => s.replace('tags: [family]', 'tags: [familia]'), /prueba\.md:11: tags\.0: /],
    ['a slug that is not the file name', (s: string) => s.replace('slug: prueba', 'slug: otra'), /prueba\.md:2: slug: debe ser "prueba"/],
    ['a verified source cited with an unconfirmed article', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. no confirmado]]'), /prueba\.md:49: \[\[loex, art\. no confirmado\]\]: una fuente "verified" no se cita con un artículo sin confirmar/],
    ['a verified source cited with an article still to check', (s: string) => s.replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. por comprobar]]'), /prueba\.md:49: \[\[loex, art\. por comprobar\]\]: una fuente "verified" no se cita/],
    ['a verified source without a shipped text cited with an unconfirmed article', (s: string) => s.replace('    confidence: partly\n    note: Sin comprobar en el texto oficial.\n', '    confidence: verified\n').replace('prevé la reunificación. [[lomh, art. 60]]', 'prevé la reunificación. [[lomh, art. sin confirmar]]'), /prueba\.md:42: \[\[lomh, art\. sin confirmar\]\]: una fuente "verified"/],
    ['an article listed in the front-matter that does not exist', (s: string) => s.replace('articles: "17, 18"', 'articles: "17, 18, 999"'), /prueba\.md:27: articles "999" .*no tiene art\. 999/],
  ])('fails on %s, naming the file and line', (_name, mutate, expected) => {
    write(mutate(FRONT + BODY));
    const found = problems();
    expect(found.join('\n')).toMatch(expected);
  });

  it('accepts the BOE header and the closing formula for what no article says, where the text has them', () => {
    // BOE-A-2000-544 has a header (front-matter with its publication date) but is a law: no "Hecho en…".
    write((FRONT + BODY).replace('España lo regula con detalle. [[loex, art. 17.1]]', 'España lo regula con detalle desde el año 2000. [[loex, cabecera del BOE]]'));
    expect(problems()).toEqual([]);
    write((FRONT + BODY).replace('España lo regula con detalle. [[loex, art. 17.1]]', 'España lo regula con detalle desde el año 2000. [[loex, fórmula final y cabecera del BOE]]'));
    expect(problems().join('\n')).toMatch(/prueba\.md:56: \[\[loex, fórmula final y cabecera del BOE\]\]: BOE-A-2000-544 no tiene fórmula final/);
  });

  it('accepts a repealed article cited as such', () => {
    write((FRONT + BODY).replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge. [[loex, art. 17.1]] [[loex, art. 38 bis (derogado)]]'));
    expect(problems()).toEqual([]);
  });

  it('names the line of a YAML syntax error', () => {
    write((FRONT + BODY).replace('tags: [family]', 'tags: [family]\ntags: [health]'));
    expect(problems().join('\n')).toMatch(/prueba\.md:12: YAML no válido/);
  });

  it('reads a file with a byte-order mark, Windows line ends and decomposed accents', () => {
    write(`\uFEFF${(FRONT + BODY).replace('## España', '## Espan\u0303a')}`.replace(/\n/g, '\r\n'));
    expect(problems()).toEqual([]);
  });

  it('serves points as safe inline HTML and plain text', () => {
    write(
      (FRONT + BODY).replace(
        'Puedes reagrupar a tu cónyuge.',
        'Puedes **reagrupar** <script>alert(1)</script> [x](javascript:alert(1)) [y](//evil.example) [z](http://plain.example) [ley](https://www.boe.es/a) a tu cónyuge & hijos.',
      ),
    );
    const [view] = buildViews(loadLegalTopics(root, '2026-12-01'));
    const point = view.spain.blocks[1].points[0];
    expect(point.html).toContain('<strong>reagrupar</strong>');
    expect(point.html).toContain('<a href="https://www.boe.es/a" rel="noopener noreferrer">ley</a>');
    expect(point.html).not.toMatch(/<script|href="javascript|href="\/\/evil|href="http:/);
    expect(point.text).toBe('Puedes reagrupar <script>alert(1)</script> [x](javascript:alert(1)) y z ley a tu cónyuge & hijos.');
    expect(inlineHtml('a &lt; b')).toBe('a &lt; b');
    expect(plainText('&amp;lt;')).toBe('&lt;');
  });

  it('reads the body even when the front-matter is broken, so one run lists every problem of the file', () => {
    write((FRONT + BODY).replace('lastChecked: 2026-11-30\n', '').replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge.').replace('hijos menores. [[loex, art. 17.1]]', 'hijos menores. [[nadie, art. 1]]'));
    const found = problems().join('\n');
    expect(found).toMatch(/prueba\.md:\d+: lastChecked: falta lastChecked/);
    expect(found).toMatch(/prueba\.md:48: punto sin cita/);
    expect(found).toMatch(/prueba\.md:50: la fuente "nadie" no está declarada/);
    // Sources that parse are still known: their citations raise nothing.
    expect(found).not.toMatch(/"loex" no está declarada|"lomh" no está declarada/);
  });

  it('marks a point by its least sure source: a verified and a partly source make a point not fully confirmed', () => {
    write((FRONT + BODY).replace('España lo regula con detalle. [[loex, art. 17.1]]', 'España lo regula con detalle; Ecuador, según la prensa, también. [[loex, art. 17.1]] [[lomh, art. 60]]'));
    const [view] = buildViews(loadLegalTopics(root, '2026-12-01'));
    expect(view.differences.blocks[0].points[0].confidence).toBe('partly');
    expect(view.spain.blocks[1].points[0].confidence).toBe('verified');
    expect(view.glance.EC.confidence).toBe('partly');
    // The Ecuador point and the mixed difference.
    expect(view.unconfirmedPoints).toBe(2);
  });

  it('reports every problem of every file at once', () => {
    write((FRONT + BODY).replace('cónyuge. [[loex, art. 17.1]]', 'cónyuge.').replace('hijos menores. [[loex, art. 17.1]]', 'hijos menores. [[x, art. 1]]'));
    write((FRONT + BODY).replace('slug: prueba', 'slug: otra').replace('lastChecked: 2026-11-30\n', ''), 'otra.md');
    const found = problems();
    expect(found.filter((p) => p.startsWith('prueba.md')).length).toBeGreaterThanOrEqual(2);
    expect(found.some((p) => p.startsWith('otra.md'))).toBe(true);
  });
});

describe('BOE article index', () => {
  it('reads numbered, Latin-suffixed, worded and provision headings, and repealed ones', () => {
    const index = indexArticles(
      [
        '##### Artículo 17. Familiares reagrupables.',
        '##### Artículo 2 bis. La política inmigratoria.',
        '##### Artículo 2 quáter. Otra.',
        '##### Artículo 49. **(Derogado)**',
        '##### Artículo 50. Vigente.',
        '',
        '**(Derogado).**',
        '##### Artículo 51. Vigente.',
        '',
        'Texto del artículo 51.',
        '##### Artículo único. Modificación.',
        '##### Artículo ciento treinta y ocho',
        '##### Artículo cuarenta y cuatro bis',
        '##### Artículo 6 (Derogado)',
        '##### Disposición adicional decimoctava. Víctimas.',
        '##### Disposición adicional vigésima primera. Algo.',
        '##### Disposición Transitoria Quinta. Otra.',
        '##### Disposición final decimotercera.',
        '##### Disposición derogatoria única. Derogación normativa.',
      ].join('\n'),
    );
    expect([...index.keys].sort()).toEqual(['DA:18', 'DA:21', 'DD:única', 'DF:13', 'DT:5', 'art:138', 'art:44 bis', 'art:6', 'art:17', 'art:2 bis', 'art:2 quater', 'art:49', 'art:50', 'art:51', 'art:único'].sort());
    expect([...index.repealed].sort()).toEqual(['art:49', 'art:50', 'art:6']);
    expect(index.textParts.size).toBe(0);
  });

  it('finds a treaty\'s header, closing formula and note on the exchange of ratifications', () => {
    const index = indexArticles(['---', 'title: "Convenio"', 'publication_date: "1965-01-13"', '---', '# Convenio', '##### Artículo 1', 'Texto.', 'Hecho en Quito, por duplicado, el día cuatro de marzo de mil novecientos sesenta y cuatro.', 'Las ratificaciones fueron canjeadas en Madrid el 24 de diciembre de 1964.'].join('\n'));
    expect([...index.textParts].sort()).toEqual(['cabecera del BOE', 'fórmula final', 'nota de canje']);
    expect(textPartsOf('fórmula final, nota de canje y cabecera del BOE')).toEqual(['fórmula final', 'nota de canje', 'cabecera del BOE']);
    expect(textPartsOf('fórmula final y art. 3')).toBeUndefined();
    // An entry-into-force clause is not the note that dates the exchange.
    expect(indexArticles('##### Artículo 10\nLas ratificaciones se canjearán en Madrid; entrará en vigor el día del canje de los instrumentos de ratificación.').textParts.has('nota de canje')).toBe(false);
  });

  it.each([
    ['art. 17.1', { keys: ['art:17'], paragraph: '1' }],
    ['art. 94.1.f', { keys: ['art:94'], paragraph: '1', letter: 'f' }],
    ['art. 3 ter', { keys: ['art:3 ter'] }],
    ['art. 62 quáter.2', { keys: ['art:62 quater'], paragraph: '2' }],
    ['arts. 70–82', { keys: ['art:70', 'art:82'] }],
    ['arts. 2 y 3', { keys: ['art:2', 'art:3'] }],
    ['art. 8.1.a–d', { keys: ['art:8'], paragraph: '1', letter: 'a' }],
    ['DA 20ª', { keys: ['DA:20'] }],
    ['DT 5ª', { keys: ['DT:5'] }],
    ['DD única', { keys: ['DD:única'] }],
    ['art. único', { keys: ['art:único'] }],
  ])('reads the reference "%s"', (ref, expected) => {
    expect(parseReference(ref)).toEqual({ kind: 'provisions', ...expected });
  });

  it.each(['cap. II, secc. II', 'art. no confirmado', 'directriz primera; anexo, 1.g', 'anexo I'])('treats "%s" as naming no article', (ref) => {
    expect(parseReference(ref)).toEqual({ kind: 'other' });
  });

  it.each([
    ['primera', 1],
    ['vigésima', 20],
    ['vigesimoprimera', 21],
    ['trigésima quinta', 35],
    ['cuadragésima', 40],
    ['decimoséptima', 17],
    ['decimoctava', 18],
    ['decimonovena', 19],
    ['undécima', 11],
    ['veintitrés', 23],
    ['ciento treinta y ocho', 138],
    ['doscientos uno', 201],
  ])('reads the Spanish number "%s" as %d', (text, n) => {
    expect(spanishNumber(text)).toBe(n);
  });
});
