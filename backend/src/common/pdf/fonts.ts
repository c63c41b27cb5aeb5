import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
