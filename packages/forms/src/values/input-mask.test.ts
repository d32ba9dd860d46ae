import { describe, expect, it } from 'vitest';
import { applyMask } from './input-mask.ts';

describe('applyMask', () => {
  it.each([
    ['(999) 999-9999', '5551234567', '(555) 123-4567', true],
    ['(999) 999-9999', '(555) 123-4567', '(555) 123-4567', true],
    ['(999) 999-9999', '555 123', '(555) 123', false],
    ['aaa-9999', 'ABC1234', 'ABC-1234', true],
    ['**-99', 'x1 23', 'x1-23', true],
    ['\\9-99', '12', '9-12', true],
    ['99)', '12', '12)', true],
    ['99', '', '', false],
  ] as const)('formats %j with %j as %j (complete: %s)', (...[mask, input, value, isComplete]) => {
    expect(applyMask(mask, input)).toEqual({ value, isComplete });
  });

  it.each([['999', 'a12'], ['aaa', 'ab1'], ['99', '123']])('rejects %j for %j', (mask, input) => {
    expect(applyMask(mask, input)).toBeNull();
  });
});
