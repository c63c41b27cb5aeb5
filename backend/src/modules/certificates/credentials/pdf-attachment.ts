import { inflateSync } from 'node:zlib';

const MAX_ATTACHMENT = 1_000_000;

/**
 * The bytes of a file embedded in a PDF under `name`, as Puente's certificates carry their credential
 * (pdfkit writes a classic cross-reference: plain `N 0 obj` objects, the file's stream Flate-compressed
 * with a direct /Length). PDFs rewritten by other tools into compressed object streams are not read: the
 * caller says so instead of guessing. Returns null when there is no such attachment.
 */
export function extractPdfAttachment(pdf: Buffer, name: string): Buffer | null {
  const text = pdf.toString('latin1');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spec = new RegExp(`/Type\\s*/Filespec[\\s\\S]*?/(?:UF|F)\\s*\\(${escaped}\\)[\\s\\S]*?endobj|/(?:UF|F)\\s*\\(${escaped}\\)[\\s\\S]*?/Type\\s*/Filespec[\\s\\S]*?endobj`).exec(text);
  if (!spec) return null;
  const ef = /\/EF\s*<<\s*\/(?:UF|F)\s+(\d+)\s+(\d+)\s+R/.exec(spec[0]);
  if (!ef) return null;
  const header = new RegExp(`(?:^|[\\r\\n])${ef[1]}\\s+${ef[2]}\\s+obj\\b`).exec(text);
  if (!header) return null;
  const start = header.index + header[0].length;
  const streamAt = text.indexOf('stream', start);
  const dict = text.slice(start, streamAt);
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (streamAt < 0 || !length) return null;
  let dataStart = streamAt + 'stream'.length;
  if (text[dataStart] === '\r') dataStart++;
  if (text[dataStart] === '\n') dataStart++;
  const raw = pdf.subarray(dataStart, dataStart + Number(length[1]));
  // A credential is a few kilobytes: refuse to inflate anything bigger (a compression bomb).
  if (/\/Filter\s*\/FlateDecode/.test(dict)) return inflateSync(raw, { maxOutputLength: MAX_ATTACHMENT });
  if (/\/Filter/.test(dict)) return null;
  return Buffer.from(raw);
}
