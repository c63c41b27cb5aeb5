import PDFDocument from 'pdfkit';
import { defaultFont, withFonts } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * A tagged A4 document in Spanish with DejaVu embedded and buffered pages (for page numbers written at the
 * end), and the promise of its bytes once `doc.end()` is called.
 */
export function startA4Document(info: PDFKit.DocumentInfo): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    font: defaultFont(),
    pdfVersion: '1.7',
    lang: 'es-ES',
    tagged: true,
    displayTitle: true,
    info: { Author: 'Puente', Creator: 'Puente', ...info },
  });
  withFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });
  return { doc, done };
}

/** Writes a centred grey footer on every buffered page, `footer(page, pages)` giving its text. */
export function stampFooters(doc: Doc, footer: (page: number, pages: number) => string, size = 9): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(size).fillColor('#555555').text(footer(i + 1, range.count), left, doc.page.height - 40, {
      width: doc.page.width - left - doc.page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
