// The bare baseline for certificate PDFs: pdfkit used directly, the way a short script would write the page.
// Same A4 landscape page, same text at the same positions, the same DejaVu fonts (each parsed once, as the
// app does, so the figure measures what the app adds, not how fonts are loaded), and the same QR code (the `qrcode` package) drawn as vector squares. None of the extras: no tagged
// structure, no metadata, no language, no attached credential. Loaded by bench/run.mjs, which renders the
// same certificates with this and with the app's renderCertificatePdf, alternating, in one process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The backend's own copies of pdfkit, qrcode and the fonts.
const require = createRequire(new URL('../backend/package.json', import.meta.url));
const PDFDocument = require('pdfkit');
const QRCode = require('qrcode');
const fontkit = require('fontkit');

const ttf = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FILES = {
  regular: join(ttf, 'DejaVuSans.ttf'),
  bold: join(ttf, 'DejaVuSans-Bold.ttf'),
  italic: join(ttf, 'DejaVuSans-Oblique.ttf'),
  mono: join(ttf, 'DejaVuSansMono.ttf'),
};
const PARSED = Object.fromEntries(Object.entries(FILES).map(([name, file]) => [name, fontkit.create(readFileSync(file))]));

const dateEs = new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (d) => (typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);
const es = (d) => dateEs.format(asDate(d));
const en = (d) => dateEn.format(asDate(d));
const number = (locale, h) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(h);

/** Same input as the app's renderCertificatePdf (the credential is ignored: the bare page carries none). */
export function renderBareCertificate(c) {
  const url = `${c.issuerUrl}/verificar/${c.code}`;
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, font: PARSED.regular });
  for (const [name, font] of Object.entries(PARSED)) doc.registerFont(name, font);
  const chunks = [];
  doc.on('data', (b) => chunks.push(b));
  const done = new Promise((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });

  const W = doc.page.width;
  const H = doc.page.height;
  const x = 70;
  const width = W - 140;
  const center = { width, align: 'center' };

  doc.lineWidth(3).rect(24, 24, W - 48, H - 48).stroke('#0b5d3b');
  doc.lineWidth(0.8).rect(32, 32, W - 64, H - 64).stroke('#0b5d3b');

  doc.fillColor('#0b5d3b').font('bold').fontSize(16).text(c.issuerName.toUpperCase(), x, 78, { ...center, characterSpacing: 3 });
  doc.fillColor('#000000').font('bold').fontSize(24).text('Certificado de finalización', x, 106, center);
  doc.fillColor('#4a4a4a').font('italic').fontSize(14).text('Certificate of completion', center);
  doc.fillColor('#4a4a4a').font('regular').fontSize(12).text('Se certifica que · This certifies that', x, 172, center);
  const fitSize = (text, font, size, min) => {
    doc.font(font).fontSize(size);
    const w = doc.widthOfString(text);
    return w <= width ? size : Math.max(min, Math.floor((size * width) / w));
  };
  doc.fillColor('#000000').font('bold').fontSize(fitSize(c.learnerName, 'bold', 28, 16)).text(c.learnerName, x, 192, center);
  doc.fillColor('#4a4a4a').font('regular').fontSize(12).text('ha completado el curso · has completed the course', center);
  doc.moveDown(0.4);
  doc.fillColor('#000000').font('bold').fontSize(fitSize(c.courseTitle.es, 'bold', 19, 12)).text(c.courseTitle.es, center);
  doc.fillColor('#4a4a4a').font('italic').fontSize(fitSize(c.courseTitle.en, 'italic', 13, 10)).text(c.courseTitle.en, center);

  const top = 345;
  const textWidth = width - 170;
  const h = (locale, word, words) => `${number(locale, c.hours)} ${c.hours === 1 ? word : words}`;
  doc.fillColor('#000000').font('regular').fontSize(11).text(
    [
      `Duración: ${h('es-ES', 'hora', 'horas')} · Length: ${h('en-GB', 'hour', 'hours')}`,
      `Del ${es(c.startsOn)} al ${es(c.endsOn)} · From ${en(c.startsOn)} to ${en(c.endsOn)}`,
      `Formador o formadora · Trainer: ${c.trainerName}`,
      `Emitido por ${c.issuerName} el ${es(c.issuedAt)} · Issued by ${c.issuerName} on ${en(c.issuedAt)}`,
    ].join('\n'),
    x,
    top,
    { width: textWidth, lineGap: 5 },
  );
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10).fillColor('#4a4a4a').text('Código · Code: ', x, undefined, { continued: true, width: textWidth });
  doc.font('mono').fillColor('#000000').text(c.code.replace(/(.{5})(?=.)/g, '$1-'));
  doc.font('regular').fillColor('#4a4a4a').text(`Verificar · Verify: ${url}`, { width: textWidth, link: url });
  doc.moveDown(0.6);
  doc.font('italic').fontSize(8.5).fillColor('#4a4a4a').text(
    'Este PDF lleva dentro una credencial digital firmada (Open Badges 3.0, archivo credential.json) que se puede comprobar sin conexión. ' +
      'This PDF carries a signed digital credential (Open Badges 3.0, file credential.json) that can be checked offline.',
    { width: textWidth, lineGap: 1 },
  );

  // The QR code: one rectangle per dark module, four modules of quiet zone, filled in one go.
  const size = 132;
  const qx = W - x - size;
  const qy = top - 8;
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 8);
  doc.save();
  doc.rect(qx, qy, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(r, col)) doc.rect(qx + (col + 4) * cell, qy + (r + 4) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
  doc.font('regular').fontSize(8).fillColor('#4a4a4a').text('Escanea para verificar\nScan to verify', qx - 10, qy + size + 2, { width: size + 20, align: 'center' });

  doc.end();
  return done;
}
