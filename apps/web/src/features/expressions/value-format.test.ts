import { describe, expect, it } from 'vitest';
import { formatValue } from './value-format';

describe('formatValue', () => {
  it.each([
    [true, 'true'],
    [null, 'null'],
    [undefined, 'null'],
    ['cfo', '"cfo"'],
    [10.7, '10.7'],
    [[1, 2], '[\n  1,\n  2\n]'],
    [{ a: 'b' }, '{\n  "a": "b"\n}'],
  ])('prints %j as JSON', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});
