import type PDFDocument from 'pdfkit';
import { stampFooters, startA4Document } from '../../common/pdf/document';
import { writeMarkdown } from '../../common/pdf/markdown-pdf';
import type { Confidence } from './legal-content.schema';
import { markdownOf, sectionsOf, type PointView, type SectionView, type TopicView } from './legal-view';

type Doc = InstanceType<typeof PDFDocument>;

const GREEN = '#0b5d3b';
const GREY = '#555555';

export const DISCLAIMER =
  'Información general, no asesoramiento legal. Las leyes cambian: comprueba siempre el texto oficial y, antes de decidir, consulta a una abogada o abogado, a una ONG o a tu consulado.';

const CONFIDENCE_LABEL = { verified: 'comprobada', partly: 'comprobada en parte', unverified: 'sin comprobar' } as const;
const JURISDICTION_LABEL = { EC: 'Ecuador', ES: 'España', bilateral: 'Ecuador–España', EU: 'Unión Europea' } as const;

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Markdown's punctuation escaped, for text that must print as written (a citation's reference). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}

/** The words the pages use for a point or answer that is not fully confirmed (never colour alone). */
const UNSURE_LABEL = { partly: 'Sin confirmar del todo', unverified: 'Sin confirmar' } as const;

/** "(Sin confirmar del todo)", or '' for what is verified. */
function unsureNotice(confidence: Confidence): string {
  return confidence === 'verified' ? '' : `(${UNSURE_LABEL[confidence]})`;
}

/** "Texto. [1, art. 31.3] [2, art. 125.1]" with a notice in front when the point is not fully confirmed. */
function pointMarkdown(p: PointView): string {
  const notice = p.confidence === 'verified' ? '' : `*${unsureNotice(p.confidence)}* `;
  const cites = p.citations.map((c) => `\\[${c.n}, ${escapeMarkdown(c.ref)}\\]`).join(' ');
  // A point that itself starts like a list item ("1. …") must not become one.
  const text = markdownOf(p).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-*+]) /, '\\$1 ');
  return `${notice}${text} ${cites}`;
}

function sectionMarkdown(section: SectionView): string {
  const out: string[] = [];
  for (const b of section.blocks) {
    if (b.type === 'heading') out.push(`### ${b.text}`);
    else if (b.type === 'paragraph') out.push(pointMarkdown(b.points[0]));
    else out.push(b.points.map((p, i) => `${b.ordered ? `${i + 1}.` : '-'} ${pointMarkdown(p)}`).join('\n'));
  }
  return out.join('\n\n');
}

function heading(doc: Doc, text: string, size: number): void {
  doc.font('bold').fontSize(size).fillColor('#000000').text(text, doc.page.margins.left, undefined, { lineGap: 2 });
  doc.moveDown(0.4);
}

/** The current page's number (1-based) while pages are added in order. */
function pageNo(doc: Doc): number {
  const r = doc.bufferedPageRange();
  return r.start + r.count;
}

function writeTopic(doc: Doc, t: TopicView, publicUrl: string, outline: PDFKit.PDFOutline): { name: string; page: number }[] {
  const toc: { name: string; page: number }[] = [];
  doc.font('bold').fontSize(19).fillColor(GREEN).text(t.title.es, doc.page.margins.left, undefined, { lineGap: 2 });
  doc.fillColor('#000000').font('italic').fontSize(10.5).text(t.title.en);
  doc.moveDown(0.4);
  doc.font('regular').fontSize(10.5).text(t.summary.es, { lineGap: 2 });
  doc.moveDown(0.3);
  doc.fontSize(9.5).fillColor(GREY).text(`Comprobado el ${formatDate(t.lastChecked)} · ${publicUrl}/leyes/${t.slug}`);
  if (t.unconfirmedPoints) {
    doc.text(
      `${t.unconfirmedPoints === 1 ? 'Un punto se apoya' : `${t.unconfirmedPoints} puntos se apoyan`}, en todo o en parte, en fuentes que no hemos podido comprobar del todo: ${t.unconfirmedPoints === 1 ? 'va marcado' : 'van marcados'} «Sin confirmar del todo» o «Sin confirmar». ${t.unconfirmedPoints === 1 ? 'Compruébalo' : 'Compruébalos'} antes de actuar.`,
    );
  }
  doc.fillColor('#000000').moveDown(0.6);

  doc.font('bold').fontSize(11).text(`En resumen: ${t.glance.question.es}`);
  doc.font('regular').fontSize(10.5);
  for (const side of ['EC', 'ES'] as const) {
    const cell = t.glance[side];
    const cites = cell.citations.map((c) => `[${c.n}, ${c.ref}]`).join(' ');
    const notice = unsureNotice(cell.confidence);
    doc.text(`${side === 'EC' ? 'Ecuador' : 'España'}: ${notice ? `${notice} ` : ''}${cell.es} ${cites}`, { lineGap: 2 });
  }
  doc.moveDown(0.6);

  for (const s of sectionsOf(t)) {
    heading(doc, s.heading.es, 14);
    toc.push({ name: s.heading.es, page: pageNo(doc) });
    outline.addItem(s.heading.es);
    writeMarkdown(doc, sectionMarkdown(s), { headingShift: 0 });
    doc.moveDown(0.5);
  }

  // A source (instrument, articles, note, address) stays on one page: an address split by a page break
  // reads as two, and neither works when copied. The heading stays with the first source.
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const metaOf = (s: TopicView['sources'][number]) => `${JURISDICTION_LABEL[s.jurisdiction]} · artículos citados: ${s.articles} · fuente ${CONFIDENCE_LABEL[s.confidence]}`;
  const heightOf = (s: TopicView['sources'][number]) =>
    // Measured all in bold: a little more than the bold "[n]" and regular title printed, never less.
    doc.font('bold').fontSize(10).heightOfString(`[${s.n}] ${s.instrument}`, { width, lineGap: 1 }) +
    doc.font('regular').fontSize(9.5).heightOfString(metaOf(s), { width, lineGap: 1 }) +
    (s.note ? doc.font('italic').heightOfString(s.note, { width, lineGap: 1 }) : 0) +
    doc.font('regular').heightOfString(s.officialUrl, { width, lineGap: 5 });
  const keepTogether = (height: number) => {
    const atTop = doc.y <= doc.page.margins.top + 1;
    if (!atTop && doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  keepTogether(doc.font('bold').fontSize(14).heightOfString('Fuentes', { width, lineGap: 2 }) + 20 + (t.sources.length ? heightOf(t.sources[0]) : 0));
  heading(doc, 'Fuentes', 14);
  toc.push({ name: 'Fuentes', page: pageNo(doc) });
  outline.addItem('Fuentes');
  for (const s of t.sources) {
    keepTogether(heightOf(s));
    doc.font('bold').fontSize(10).fillColor('#000000').text(`[${s.n}] `, { continued: true }).font('regular').text(s.instrument, { lineGap: 1 });
    doc.fontSize(9.5).fillColor(GREY).text(metaOf(s), { lineGap: 1 });
    if (s.note) doc.font('italic').text(s.note, { lineGap: 1 }).font('regular');
    doc.fillColor(GREEN).text(s.officialUrl, { link: s.officialUrl, underline: false, lineGap: 5 });
  }
  doc.fillColor('#000000');
  return toc;
}

/**
 * One topic, or the whole comparison, as an A4 PDF: a cover with the disclaimer, contents with page
 * numbers and PDF bookmarks, each topic with every citation, its numbered sources (official addresses,
 * confidence, notes) and its last-checked date. DejaVu Sans is embedded, so the text can be extracted.
 */
export function renderLegalPdf(topics: TopicView[], opts: { whole: boolean; publicUrl: string }): Promise<Buffer> {
  const title = opts.whole ? 'Comparativa legal Ecuador–España' : `${topics[0].title.es} — Comparativa legal Ecuador–España`;
  const newest = topics.map((t) => t.lastChecked).sort().at(-1)!;
  const oldest = topics.map((t) => t.lastChecked).sort()[0];
  const { doc, done } = startA4Document({
    Title: `${title} — Puente`,
    Subject: 'Comparación citada de la ley de Ecuador y la de España para personas migrantes y sus familias',
    Keywords: 'Puente, Ecuador, España, extranjería, migración, ley',
    // The file depends only on the content: the same version gives the same bytes.
    CreationDate: new Date(`${newest}T00:00:00Z`),
  });
  const left = doc.page.margins.left;

  // Cover
  doc.font('bold').fontSize(12).fillColor(GREEN).text('Puente', left, 80);
  doc.fillColor('#000000').moveDown(2);
  heading(doc, opts.whole ? 'Comparativa legal Ecuador–España' : topics[0].title.es, 26);
  doc.font('italic').fontSize(12).text(opts.whole ? 'Ecuador–Spain law comparison' : `${topics[0].title.en} — Ecuador–Spain law comparison`);
  doc.moveDown(1);
  doc.font('regular').fontSize(11.5);
  if (opts.whole) doc.text(`${topics.length} temas, cada uno con lo que dice la ley de Ecuador, lo que dice la de España, las diferencias clave y qué hacer. Cada punto cita la ley y el artículo.`, { lineGap: 3 });
  else doc.text(topics[0].summary.es, { lineGap: 3 });
  doc.moveDown(1);
  doc.fontSize(10.5).text(oldest === newest ? `Comprobado el ${formatDate(newest)}.` : `Comprobado entre el ${formatDate(oldest)} y el ${formatDate(newest)} (cada tema dice su fecha).`);
  doc.text(`${opts.publicUrl}/leyes${opts.whole ? '' : `/${topics[0].slug}`}`);
  doc.moveDown(2);
  doc.font('bold').fontSize(10.5).text('Aviso');
  doc.font('regular').fontSize(10).text(DISCLAIMER, { lineGap: 2 });
  doc.moveDown(0.5);
  doc.text('Las fuentes marcadas «comprobada en parte» o «sin comprobar» no se han podido contrastar del todo con el texto oficial; los puntos que solo se apoyan en ellas dicen «Sin confirmar del todo».', { lineGap: 2 });
  doc.moveDown(0.5);
  doc.text('Cómo leer las citas: [2, art. 17.1] es el artículo 17.1 de la fuente número 2 de la lista de fuentes del tema.', { lineGap: 2 });

  const width = doc.page.width - left - doc.page.margins.right;
  /** One line of contents: the title on the left, its page number on the right. */
  const contentsLine = (text: string, page: number) => {
    const y = doc.y;
    doc.font('regular').fontSize(11).fillColor('#000000').text(text, left, y, { width: width - 40, lineGap: 4 });
    const after = doc.y;
    doc.text(String(page), left + width - 40, y, { width: 40, align: 'right' });
    doc.x = left;
    doc.y = after;
  };

  if (opts.whole) {
    // Contents: a page kept for it, filled in once the page numbers are known.
    doc.addPage();
    const contentsPage = pageNo(doc) - 1;
    const starts: number[] = [];
    for (const t of topics) {
      doc.addPage();
      starts.push(pageNo(doc));
      writeTopic(doc, t, opts.publicUrl, doc.outline.addItem(t.title.es));
    }
    doc.switchToPage(contentsPage);
    doc.x = left;
    doc.y = doc.page.margins.top;
    heading(doc, 'Contenido', 20);
    topics.forEach((t, i) => contentsLine(`${i + 1}. ${t.title.es}`, starts[i]));
  } else {
    // One topic: its contents fit on the cover, below the notes.
    doc.moveDown(1.5);
    const contentsY = doc.y;
    doc.addPage();
    const toc = writeTopic(doc, topics[0], opts.publicUrl, doc.outline);
    doc.switchToPage(0);
    doc.x = left;
    doc.y = contentsY;
    heading(doc, 'Contenido', 14);
    for (const entry of toc) contentsLine(entry.name, entry.page);
  }

  stampFooters(doc, (page, pages) => `Puente · Comparativa legal Ecuador–España · información general, no asesoramiento legal · ${page}/${pages}`, 8.5);
  doc.end();
  return done;
}
