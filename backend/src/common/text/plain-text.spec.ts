import { cleanLine, cleanProse } from './plain-text';

describe('cleanProse', () => {
  it('keeps words, tabs and line breaks; drops other control characters; normalises CRLF', () => {
    expect(cleanProse('  Hola\r\nqué\ttal\u0000\u0007\u001b[31m  ')).toBe('Hola\nqué\ttal[31m');
    expect(cleanProse('a\rb')).toBe('a\nb');
  });

  it('keeps one-line fields on one line', () => {
    expect(cleanLine(' Cambio\r\nde   hora\t\u0007 ')).toBe('Cambio de hora');
  });
});
