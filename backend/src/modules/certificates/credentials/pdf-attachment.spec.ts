import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCertificatePdf, type CertificatePdfInput } from '../certificate-pdf';
import { extractPdfAttachment } from './pdf-attachment';

const INPUT: CertificatePdfInput = {
  code: 'ABCDEFGHIJKLMNOPQRSTUVWXY',
  learnerName: 'María José Añazco',
  courseTitle: { es: 'Plan de negocio para tu emprendimiento', en: 'Business plan for your venture' },
  hours: 6.5,
  startsOn: '2026-10-01',
  endsOn: '2026-11-20',
  trainerName: 'Ana Quishpe',
  issuerName: 'Puente',
  issuerUrl: 'https://puente.example.org',
  issuedAt: new Date('2026-11-30T10:00:00Z'),
  status: 'valid',
  revokedAt: null,
  credential: { '@context': ['https://www.w3.org/ns/credentials/v2'], name: 'Año «ñandú» €', n: 1 },
};

describe('extractPdfAttachment', () => {
  it('reads back the credential a certificate carries, as poppler does', async () => {
    const pdf = await renderCertificatePdf(INPUT);
    const json = extractPdfAttachment(pdf, 'credential.json');
    expect(JSON.parse(json!.toString('utf8'))).toEqual(INPUT.credential);

    const dir = mkdtempSync(join(tmpdir(), 'puente-att-'));
    try {
      writeFileSync(join(dir, 'c.pdf'), pdf);
      execFileSync('pdfdetach', ['-save', '1', '-o', join(dir, 'out.json'), join(dir, 'c.pdf')]);
      expect(readFileSync(join(dir, 'out.json'))).toEqual(json);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers null for another name, a PDF without attachments, or bytes that are not a PDF', async () => {
    const pdf = await renderCertificatePdf(INPUT);
    expect(extractPdfAttachment(pdf, 'other.json')).toBeNull();
    expect(extractPdfAttachment(await renderCertificatePdf({ ...INPUT, credential: null }), 'credential.json')).toBeNull();
    expect(extractPdfAttachment(Buffer.from('hola'), 'credential.json')).toBeNull();
  });
});
