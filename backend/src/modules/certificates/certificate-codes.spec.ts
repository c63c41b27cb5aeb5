import { CODE_LENGTH, newCode, normaliseCode } from './certificates.service';
import { groupedCode } from './certificate-pdf';

describe('certificate codes', () => {
  it('are 25 base32 characters, all different', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[A-Z2-7]{${CODE_LENGTH}}$`));
  });

  it('use the whole alphabet (no stuck bits)', () => {
    const seen = new Set(Array.from({ length: 500 }, () => newCode()).join(''));
    expect(seen.size).toBe(32);
  });

  it('are read back however people type them, and nothing else passes', () => {
    const code = newCode();
    expect(normaliseCode(groupedCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode(` ${groupedCode(code).replace(/-/g, ' ')} `)).toBe(code);
    for (const bad of ['', 'ABC', `${code}A`, code.replace(/./, '1'), code.replace(/./, '0'), "' or 1=1 --"]) expect(normaliseCode(bad)).toBeNull();
    expect(groupedCode('ABCDEFGHIJKLMNOPQRSTUVWXY')).toBe('ABCDE-FGHIJ-KLMNO-PQRST-UVWXY');
  });
});
