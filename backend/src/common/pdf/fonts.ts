import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * DejaVu Sans (free licence, shipped by the dejavu-fonts-ttf npm package): embedded in every PDF, so the
 * text is extractable, Spanish letters print right, and the file looks the same on any machine.
 */
function fontDir(): string {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  if (!existsSync(join(dir, 'DejaVuSans.ttf'))) throw new Error(`DejaVu fonts not found in ${dir}`);
  return dir;
}

export const FONTS = {
  regular: join(fontDir(), 'DejaVuSans.ttf'),
  bold: join(fontDir(), 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir(), 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(fontDir(), 'DejaVuSans-BoldOblique.ttf'),
  mono: join(fontDir(), 'DejaVuSansMono.ttf'),
};

export type FontName = keyof typeof FONTS;

const parsed = new Map<FontName, fontkit.Font>();

/** A font parsed once per process: pdfkit would otherwise read and parse the file for every document. */
function parsedFont(name: FontName): fontkit.Font {
  let font = parsed.get(name);
  if (!font) {
    font = fontkit.create(readFileSync(FONTS[name]));
    parsed.set(name, font);
  }
  return font;
}

/** Registers the named fonts on a document (each parsed once per process) and selects 'regular'. */
export function withFonts(doc: PDFKit.PDFDocument, names: FontName[] = Object.keys(FONTS) as FontName[]): PDFKit.PDFDocument {
  // pdfkit takes an already parsed fontkit font wherever it takes a file (its types only say "string").
  for (const name of names) doc.registerFont(name, parsedFont(name) as unknown as string);
  return doc.font('regular');
}

/** For PDFDocument's `font` option: DejaVu Sans, so pdfkit does not load Helvetica's metrics for each document. */
export function defaultFont(): string {
  return parsedFont('regular') as unknown as string;
}
