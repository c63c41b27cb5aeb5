import PDFDocument from 'pdfkit';
import { defaultFont, withFonts } from '../../common/pdf/fonts';
import { drawQr } from '../../common/pdf/qr';
import { verificationUrl } from './credentials/open-badge';

export interface CertificatePdfInput {
  code: string;
  learnerName: string;
  courseTitle: { es: string; en: string };
  hours: number;
  startsOn: string;
  endsOn: string;
  trainerName: string;
  issuerName: string;
  issuerUrl: string;
  issuedAt: Date;
  status: 'valid' | 'revoked';
  revokedAt: Date | null;
  /** The signed credential, attached inside the PDF; null when it was erased. */
  credential: Record<string, unknown> | null;
}

export const CREDENTIAL_ATTACHMENT = 'credential.json';
const GREEN = '#0b5d3b';
const GREY = '#4a4a4a';

/** XXXXX-XXXXX-XXXXX-XXXXX-XXXXX: easier to read out and type than 25 characters in a row. */
export function groupedCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1-');
}

const DAY = {
  es: new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const NUMBER = { es: new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) };

function day(iso: string | Date, locale: 'es' | 'en'): string {
  return DAY[locale].format(typeof iso === 'string' ? new Date(`${iso}T12:00:00Z`) : iso);
}

function hours(h: number, locale: 'es' | 'en'): string {
  const n = NUMBER[locale].format(h);
  return locale === 'es' ? `${n} ${h === 1 ? 'hora' : 'horas'}` : `${n} ${h === 1 ? 'hour' : 'hours'}`;
}

export function certificateFileName(slug: string, code: string): string {
  return `certificado-${slug}-${code}.pdf`;
}

/**
 * The certificate: one A4 landscape page in Spanish and English, DejaVu Sans embedded, a QR code for the
 * verification page, and the signed Open Badges credential attached as `credential.json`, so the file
 * alone carries its proof. Tagged (headings, paragraphs, the QR as a figure with its text alternative), with
 * title, author, subject and language in its metadata. A revoked certificate says so across the top.
 */
export function renderCertificatePdf(c: CertificatePdfInput): Promise<Buffer> {
  const url = verificationUrl(c.issuerUrl, c.code);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    font: defaultFont(),
    pdfVersion: '1.7',
    lang: 'es-ES',
    tagged: true,
    displayTitle: true,
    info: {
      Title: `Certificado · Certificate — ${c.learnerName} — ${c.courseTitle.es}`,
      Author: c.issuerName,
      Subject: `Certificado de finalización del curso «${c.courseTitle.es}» · Certificate of completion of the course "${c.courseTitle.en}"`,
      Keywords: `certificado, certificate, Open Badges, ${c.code}`,
      Creator: c.issuerName,
      CreationDate: c.issuedAt,
    },
  });
  withFonts(doc, ['regular', 'bold', 'italic', 'mono']);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });

  const W = doc.page.width;
  const H = doc.page.height;
  const left = 70;
  const width = W - 2 * left;

  // Frame: decoration only.
  doc.markContent('Artifact', { type: 'Layout' });
  doc.lineWidth(3).rect(24, 24, W - 48, H - 48).stroke(GREEN);
  doc.lineWidth(0.8).rect(32, 32, W - 64, H - 64).stroke(GREEN);
  doc.endMarkedContent();

  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (type: string, draw: () => void) => {
    const s = doc.struct(type, {}, draw);
    root.add(s);
  };

  if (c.status === 'revoked') {
    block('P', () => {
      doc.rect(32, 40, W - 64, 30).fill('#a4161a');
      doc.fillColor('#ffffff').font('bold').fontSize(14)
        .text(`REVOCADO el ${day(c.revokedAt ?? new Date(), 'es')} · REVOKED on ${day(c.revokedAt ?? new Date(), 'en')}`, 32, 48, { width: W - 64, align: 'center' });
    });
  }

  block('P', () => {
    doc.fillColor(GREEN).font('bold').fontSize(16).text(c.issuerName.toUpperCase(), left, 78, { width, align: 'center', characterSpacing: 3 });
  });
  block('H1', () => {
    doc.fillColor('#000000').font('bold').fontSize(24).text('Certificado de finalización', left, 106, { width, align: 'center' });
    doc.fillColor(GREY).font('italic').fontSize(14).text('Certificate of completion', { width, align: 'center' });
  });
  block('P', () => {
    doc.fillColor(GREY).font('regular').fontSize(12).text('Se certifica que · This certifies that', left, 172, { width, align: 'center' });
  });
  // Long names and titles shrink to one line rather than push the details down.
  const fitSize = (text: string, font: string, size: number, min: number) => {
    doc.font(font).fontSize(size);
    const w = doc.widthOfString(text);
    return w <= width ? size : Math.max(min, Math.floor((size * width) / w));
  };
  block('P', () => {
    doc.fillColor('#000000').font('bold').fontSize(fitSize(c.learnerName, 'bold', 28, 16)).text(c.learnerName, left, 192, { width, align: 'center' });
  });
  block('P', () => {
    doc.fillColor(GREY).font('regular').fontSize(12).text('ha completado el curso · has completed the course', { width, align: 'center' });
  });
  block('H2', () => {
    doc.moveDown(0.4);
    doc.fillColor('#000000').font('bold').fontSize(fitSize(c.courseTitle.es, 'bold', 19, 12)).text(c.courseTitle.es, { width, align: 'center' });
    doc.fillColor(GREY).font('italic').fontSize(fitSize(c.courseTitle.en, 'italic', 13, 10)).text(c.courseTitle.en, { width, align: 'center' });
  });

  const detailsTop = 345;
  const detailsWidth = width - 170;
  block('P', () => {
    doc.fillColor('#000000').font('regular').fontSize(11);
    const lines = [
      `Duración: ${hours(c.hours, 'es')} · Length: ${hours(c.hours, 'en')}`,
      `Del ${day(c.startsOn, 'es')} al ${day(c.endsOn, 'es')} · From ${day(c.startsOn, 'en')} to ${day(c.endsOn, 'en')}`,
      `Formador o formadora · Trainer: ${c.trainerName}`,
      `Emitido por ${c.issuerName} el ${day(c.issuedAt, 'es')} · Issued by ${c.issuerName} on ${day(c.issuedAt, 'en')}`,
    ];
    doc.text(lines.join('\n'), left, detailsTop, { width: detailsWidth, lineGap: 5 });
  });
  block('P', () => {
    doc.moveDown(0.8);
    doc.font('regular').fontSize(10).fillColor(GREY).text('Código · Code: ', left, undefined, { continued: true, width: detailsWidth });
    doc.font('mono').fillColor('#000000').text(groupedCode(c.code));
    doc.font('regular').fillColor(GREY).text(`Verificar · Verify: ${url}`, { width: detailsWidth, link: url });
  });
  block('P', () => {
    doc.moveDown(0.6);
    doc.font('italic').fontSize(8.5).fillColor(GREY).text(
      'Este PDF lleva dentro una credencial digital firmada (Open Badges 3.0, archivo credential.json) que se puede comprobar sin conexión. ' +
        'This PDF carries a signed digital credential (Open Badges 3.0, file credential.json) that can be checked offline.',
      { width: detailsWidth, lineGap: 1 },
    );
  });

  const qrSize = 132;
  const qrX = W - left - qrSize;
  const qrY = detailsTop - 8;
  root.add(
    doc.struct('Figure', { alt: `Código QR con la dirección de verificación · QR code with the verification address: ${url}` }, () => {
      drawQr(doc, url, qrX, qrY, qrSize);
    }),
  );
  block('P', () => {
    doc.font('regular').fontSize(8).fillColor(GREY).text('Escanea para verificar\nScan to verify', qrX - 10, qrY + qrSize + 2, { width: qrSize + 20, align: 'center' });
  });
  root.end();

  if (c.credential) {
    doc.file(Buffer.from(JSON.stringify(c.credential, null, 2), 'utf8'), {
      name: CREDENTIAL_ATTACHMENT,
      type: 'application/json',
      description: 'Credencial Open Badges 3.0 firmada (eddsa-rdfc-2022) · Signed Open Badges 3.0 credential',
      // AFRelationship (PDF 2.0 / PDF/A-3): the attachment is the data the page presents. Missing from @types/pdfkit.
      ...({ relationship: 'Data' } as object),
      creationDate: c.issuedAt,
      modifiedDate: c.issuedAt,
    });
  }
  doc.end();
  return done;
}
