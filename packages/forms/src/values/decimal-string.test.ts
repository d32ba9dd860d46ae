import { describe, expect, it } from 'vitest';
import { compareDecimal, decimalToNumber, formatDecimal, parseDecimal, roundDecimal, shiftDecimal, type Decimal } from './decimal-string.ts';

/** A decimal known to be valid. */
function dec(input: string): Decimal {
  const parsed = parseDecimal(input);
  if (parsed === null) throw new TypeError(`not a decimal: ${input}`);
  return parsed;
}

const text = (input: unknown) => {
  const parsed = parseDecimal(input);
  return parsed && formatDecimal(parsed);
};

describe('parseDecimal', () => {
  it.each([
    ['12.50', '12.5'], ['-0.0', '0'], ['+3', '3'], ['.5', '0.5'], ['007', '7'], [' 1.10 ', '1.1'],
    [0.1, '0.1'], [1e21, '1000000000000000000000'], [1.5e-7, '0.00000015'], [-2.5e-8, '-0.000000025'], [123, '123'],
  ])('reads %j as %s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([['abc'], [''], ['.'], ['1.2.3'], ['1e5'], [Number.NaN], [Infinity], [true], [null], [{}]])('rejects %j', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('roundDecimal', () => {
  it.each([
    ['1.005', 2, '1.01'], ['1.004', 2, '1'], ['-1.005', 2, '-1.01'], ['9.995', 2, '10'], ['0.5', 0, '1'], ['12.3', 2, '12.3'], ['-0.001', 2, '0'],
  ])('rounds %s to %i places as %s', (input, places, expected) => {
    expect(formatDecimal(roundDecimal(dec(input), places))).toBe(expected);
  });
});

describe('formatDecimal, shiftDecimal and compareDecimal', () => {
  it('pads to a fixed number of places', () => {
    expect(formatDecimal(dec('12.5'), 2)).toBe('12.50');
    expect(formatDecimal(dec('-3'), 2)).toBe('-3.00');
  });

  it('shifts the decimal point without float error', () => {
    expect(formatDecimal(shiftDecimal(dec('12.5'), -2))).toBe('0.125');
    expect(formatDecimal(shiftDecimal(dec('0.07'), 2))).toBe('7');
    expect(decimalToNumber(shiftDecimal(dec('0.125'), 3))).toBe(125);
  });

  it.each([['1', '2', -1], ['2', '1', 1], ['1.10', '1.1', 0], ['-1', '1', -1], ['-2', '-1', -1], ['10', '9.99', 1], ['0.01', '0.001', 1], ['-0.5', '-0.25', -1]])(
    'compares %s with %s as %i', (a, b, expected) => {
      expect(compareDecimal(dec(a), dec(b))).toBe(expected);
    });
});
