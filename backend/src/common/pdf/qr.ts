import QRCode from 'qrcode';

/**
 * Draws a QR code as vector squares (sharp at any zoom and print size, a few hundred bytes) with the
 * four-module quiet zone scanners need. Returns the size drawn, quiet zone included.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): number {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 4;
  const cell = size / (count + quiet * 2);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
  return size;
}
