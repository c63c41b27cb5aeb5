import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { briefFileName, renderBriefPdf, resolveCitationUrl, type BriefPdfInput } from './brief-pdf';

interface ReadPdf {
  /** pdftotext's text, one entry per page. */
  pages: string[];
  info: string;
  fonts: string;
  /** Words with their boxes (pdftotext -bbox), per page. */
  words: { page: number; word: string; yMin: number; yMax: number }[][];
  pageHeight: number;
}

/** Reads a PDF back with poppler's tools, as a person's viewer would. */
function readPdf(pdf: Buffer): ReadPdf {
  const dir = mkdtempSync(join(tmpdir(), 'puente-brief-'));
  try {
    const file = join(dir, 'b.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const bbox = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const words: ReadPdf['words'] = [];
    let pageHeight = 0;
    bbox.split('<page ').slice(1).forEach((page, p) => {
      pageHeight = Number(/height="([\d.]+)"/.exec(page)![1]);
      words.push(
        [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          page: p,
          word: m[3],
          yMin: Number(m[1]),
          yMax: Number(m[2]),
        })),
      );
    });
    const pages = text.split('\f');
    if (pages[pages.length - 1] === '') pages.pop();
    return { pages, info, fonts, words, pageHeight };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext's text with each run of whitespace (line ends included) as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

function pageCount(info: string): number {
  return Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
}

const ES: BriefPdfInput = {
  locale: 'es',
  title: 'Arraigo sin esperas: tres cambios urgentes',
  campaignTitle: 'Regularización ágil para quienes ya viven aquí',
  campaignUrl: 'https://puente.example.org/campanas/arraigo-sin-esperas',
  versionNumber: 3,
  date: new Date('2027-03-15T10:00:00Z'),
  summary:
    'Miles de personas esperan más de un año para una cita de extranjería.\n\nPedimos tres cambios concretos que no requieren ley nueva.',
  body: [
    '## Situación actual',
    '',
    'Ver la **[comparativa](/comparativa/arraigo)**.',
    '',
    '- Citas que no aparecen en la web',
    '- Plazos de resolución incumplidos',
    '',
    '## Propuestas',
    '',
    '1. Refuerzo de plantilla',
    '2. Cita previa con reserva garantizada',
  ].join('\n'),
  recommendations: [
    'Abrir un canal de cita específico para arraigo con respuesta en 15 días.',
    'Publicar cada mes los tiempos medios de resolución por provincia.',
    'Admitir la presentación telemática sin certificado digital.',
  ],
  citations: [
    { text: 'Comparativa de tiempos de arraigo por provincia', url: '/comparativa/arraigo' },
    { text: 'Reglamento de Extranjería, artículo 124', url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2022-11589' },
    { text: 'Entrevistas a personas afectadas (archivo propio)', url: null },
  ],
  signatures: { confirmed: 1234, organisations: ['Asociación Rumiñahui', 'Red Acoge', 'Cáritas Diocesana de Málaga'] },
  contact: { name: 'Begoña Muñoz', email: 'begona@example.org' },
  issuerName: 'Puente',
  siteUrl: 'https://puente.example.org/',
};

const EN: BriefPdfInput = {
  ...ES,
  locale: 'en',
  title: 'Residency without waiting',
  campaignTitle: 'Fast regularisation',
  summary: 'Thousands wait over a year for an appointment.',
  body: '## Where we are\n\nOffices are months behind.',
  recommendations: ['Open a dedicated appointment channel.'],
  signatures: { confirmed: 1, organisations: [] },
};

describe('renderBriefPdf', () => {
  it('writes a Spanish brief with every section, readable by poppler, with metadata and embedded fonts', async () => {
    const { pages, info, fonts } = readPdf(await renderBriefPdf(ES));
    const text = flat(pages.join('\n'));

    // Cover: title, campaign, date, version, issuer, address; and no footer on it.
    const cover = flat(pages[0]);
    for (const s of [
      'PUENTE',
      'Informe de incidencia',
      'Arraigo sin esperas: tres cambios urgentes',
      'Campaña: Regularización ágil para quienes ya viven aquí',
      '15 de marzo de 2027',
      'Versión 3',
      'https://puente.example.org/campanas/arraigo-sin-esperas',
    ]) {
      expect(cover).toContain(s);
    }
    expect(cover).not.toMatch(/página \d+ de \d+/);

    for (const s of [
      'Resumen ejecutivo',
      'Miles de personas esperan más de un año para una cita de extranjería.',
      'Pedimos tres cambios concretos que no requieren ley nueva.',
      'Situación actual',
      'Ver la comparativa (https://puente.example.org/comparativa/arraigo).',
      '• Citas que no aparecen en la web',
      '• Plazos de resolución incumplidos',
      '2. Cita previa con reserva garantizada',
      'Recomendaciones',
      '1. Abrir un canal de cita específico para arraigo con respuesta en 15 días.',
      '2. Publicar cada mes los tiempos medios de resolución por provincia.',
      '3. Admitir la presentación telemática sin certificado digital.',
      'Apoyos',
      '1.234 firmas confirmadas',
      'Organizaciones firmantes (3):',
      '• Asociación Rumiñahui',
      '• Red Acoge',
      '• Cáritas Diocesana de Málaga',
      'Fuentes',
      '[1] Comparativa de tiempos de arraigo por provincia https://puente.example.org/comparativa/arraigo',
      '[2] Reglamento de Extranjería, artículo 124 https://www.boe.es/buscar/act.php?id=BOE-A-2022-11589',
      '[3] Entrevistas a personas afectadas (archivo propio)',
      'Contacto',
      'Begoña Muñoz',
      'Correo electrónico: begona@example.org',
    ]) {
      expect(text).toContain(s);
    }
    // The site path is resolved once, without a doubled slash.
    expect(text).not.toContain('example.org//comparativa');
    // Sections come in order.
    const order = ['Resumen ejecutivo', 'Situación actual', 'Recomendaciones', 'Apoyos', 'Fuentes', 'Contacto'].map((s) => text.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Every page after the cover carries the footer.
    const n = pageCount(info);
    expect(pages).toHaveLength(n);
    for (let i = 1; i < n; i++) expect(flat(pages[i])).toContain(`Arraigo sin esperas: tres cambios urgentes · página ${i + 1} de ${n}`);

    expect(info).toMatch(/^Title:\s+Arraigo sin esperas: tres cambios urgentes$/m);
    expect(info).toMatch(/^Author:\s+Begoña Muñoz$/m);
    expect(info).toMatch(/^Subject:\s+Informe de incidencia de la campaña «Regularización ágil para quienes ya viven aquí», versión 3$/m);
    expect(info).toMatch(/^Keywords:\s+Puente, informe, incidencia, campaña, Regularización ágil para quienes ya viven aquí$/m);
    expect(info).toMatch(/^Creator:\s+Puente$/m);
    expect(info).toMatch(/^CreationDate:\s+.*2027/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);

    // pdffonts: a header of two lines, then one line per font; every one DejaVu, embedded and subset.
    const rows = fonts.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/); // emb, sub, uni
    }
  });

  it('writes English labels, an English date and the singular for one signature', async () => {
    const { pages, info } = readPdf(await renderBriefPdf(EN));
    const text = flat(pages.join('\n'));
    for (const s of [
      'Advocacy brief',
      'Campaign: Fast regularisation',
      '15 March 2027',
      'Version 3',
      'Executive summary',
      'Where we are',
      'Recommendations',
      '1. Open a dedicated appointment channel.',
      'Support',
      '1 confirmed signature',
      'No organisation has signed as such: every signature is an individual one.',
      'Sources',
      'Contact',
      'Email: begona@example.org',
      `Residency without waiting · page 2 of ${pageCount(info)}`,
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('1 confirmed signatures');
    expect(text).not.toMatch(/Resumen|Apoyos|Fuentes|página/);
    expect(info).toMatch(/^Subject:\s+Advocacy brief for the campaign "Fast regularisation", version 3$/m);

    const many = flat(readPdf(await renderBriefPdf({ ...EN, signatures: { confirmed: 12345, organisations: ['One Org'] } })).pages.join('\n'));
    expect(many).toContain('12,345 confirmed signatures');
    expect(many).toContain('Signing organisation: • One Org');
  });

  it('says when nobody has signed yet, and counts one Spanish signature in the singular', async () => {
    const none = flat(readPdf(await renderBriefPdf({ ...ES, signatures: { confirmed: 0, organisations: [] } })).pages.join('\n'));
    expect(none).toContain('Apoyos Todavía no hay firmas confirmadas. Fuentes');
    expect(none).not.toMatch(/\d firmas? confirmadas?/);
    expect(none).not.toContain('Organizaciones firmantes');

    const noneEn = flat(readPdf(await renderBriefPdf({ ...EN, signatures: { confirmed: 0, organisations: [] } })).pages.join('\n'));
    expect(noneEn).toContain('Support No confirmed signatures yet. Sources');

    const one = flat(readPdf(await renderBriefPdf({ ...ES, signatures: { confirmed: 1, organisations: [] } })).pages.join('\n'));
    expect(one).toContain('1 firma confirmada Ninguna organización ha firmado como tal: todas las firmas son a título individual.');
  });

  it('paginates a long brief: several pages, right footers, nothing below the bottom margin, no heading left at a page foot', async () => {
    const paragraphs: string[] = [];
    for (let i = 1; i <= 200; i++) {
      if (i % 9 === 1) paragraphs.push(`## Apartado ${Math.ceil(i / 9)}`);
      paragraphs.push(`Párrafo ${i}. ${'La administración debe responder en plazo y con información clara a cada solicitud. '.repeat(1 + (i % 4))}`);
    }
    const input: BriefPdfInput = {
      ...EN,
      title: 'A very long brief',
      body: paragraphs.join('\n\n'),
      recommendations: Array.from({ length: 30 }, (_, i) => `Recommendation number ${i + 1}, written out at some length so that it wraps onto a second line of text.`),
      citations: Array.from({ length: 40 }, (_, i) => ({ text: `Source ${i + 1}`, url: `/sources/${i + 1}` })),
      signatures: { confirmed: 250, organisations: Array.from({ length: 60 }, (_, i) => `Organisation ${i + 1}`) },
    };
    const { pages, info, words, pageHeight } = readPdf(await renderBriefPdf(input));
    const n = pageCount(info);
    expect(n).toBeGreaterThanOrEqual(8);
    expect(pages).toHaveLength(n);
    expect(flat(pages[0])).not.toMatch(/page \d+ of/);
    for (let i = 1; i < n; i++) {
      const lines = pages[i].split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines[lines.length - 1]).toBe(`A very long brief · page ${i + 1} of ${n}`);
      // A heading is followed on its page by some text: it is never the last line above the footer.
      expect(lines[lines.length - 2]).not.toMatch(/^(Apartado \d+|Recommendations|Support|Sources|Contact)$/);
    }
    // Everything but the footer stays above the bottom margin (64 pt); the footer sits inside the margin.
    const marginTop = pageHeight - 64;
    const footerTop = pageHeight - 45;
    const below = words.flat().filter((w) => w.yMin < footerTop && w.yMax > marginTop + 1);
    expect(below).toEqual([]);
    const footerWords = words.slice(1).map((page) => page.filter((w) => w.yMin >= footerTop).map((w) => w.word).join(' '));
    footerWords.forEach((f, i) => expect(f).toBe(`A very long brief · page ${i + 2} of ${n}`));
    const text = flat(pages.join('\n'));
    for (const s of ['Párrafo 1.', 'Párrafo 200.', 'Apartado 23', '30. Recommendation number 30', '• Organisation 60', '[40] Source 40 https://puente.example.org/sources/40']) {
      expect(text).toContain(s);
    }
  });

  it('strips control characters from user text and keeps accents', async () => {
    const { pages, info } = readPdf(
      await renderBriefPdf({
        ...ES,
        title: 'Año\u0000 de\u0007 la\u202E ñandú',
        summary: 'Línea\u0001 uno\r\nlínea dos',
        contact: { name: 'José\u001b[31m Pérez', email: null },
      }),
    );
    const text = flat(pages.join('\n'));
    expect(info).toMatch(/^Title:\s+Año de la ñandú$/m);
    expect(text).toContain('Año de la ñandú');
    expect(text).toContain('Línea uno línea dos');
    expect(text).toContain('Contacto José[31m Pérez');
    expect(text).not.toContain('Correo electrónico');
    expect([...text].filter((c) => /[\p{Cc}\u202E]/u.test(c) && c !== '\n')).toEqual([]);
  });
});

describe('briefFileName and resolveCitationUrl', () => {
  it('names the file after the campaign and version', () => {
    expect(briefFileName('arraigo-sin-esperas', 3)).toBe('informe-arraigo-sin-esperas-v3.pdf');
    expect(briefFileName('Año "x"/../y', 2)).toBe('informe-a-o-x-y-v2.pdf');
    expect(briefFileName('', 1)).toBe('informe-campana-v1.pdf');
  });

  it('resolves site paths against the site address and keeps absolute ones', () => {
    expect(resolveCitationUrl('/comparativa/arraigo', 'https://puente.example.org/')).toBe('https://puente.example.org/comparativa/arraigo');
    expect(resolveCitationUrl('//evil.example/x', 'https://puente.example.org')).toBe('https://puente.example.org//evil.example/x');
    expect(resolveCitationUrl('https://www.boe.es/a', 'https://puente.example.org')).toBe('https://www.boe.es/a');
    expect(resolveCitationUrl(null, 'https://puente.example.org')).toBeNull();
    expect(resolveCitationUrl('  ', 'https://puente.example.org')).toBeNull();
  });
});
