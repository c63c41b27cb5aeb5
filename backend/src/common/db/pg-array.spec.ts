import { pgArray } from './pg-array';

describe('pgArray', () => {
  it('quotes every element and escapes quotes and backslashes; null stays NULL', () => {
    expect(pgArray([])).toBe('{}');
    expect(pgArray(['a', null, 'Directora, "área"', 'c\\d', 'NULL'])).toBe('{"a",NULL,"Directora, \\"área\\"","c\\\\d","NULL"}');
  });
});
