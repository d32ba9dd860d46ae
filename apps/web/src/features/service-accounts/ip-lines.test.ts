import { describe, expect, it } from 'vitest';
import { endOfDayIso, linesWithErrors, parseIpLines } from './ip-lines';

describe('parseIpLines', () => {
  it('drops blank lines and keeps line numbers', () => {
    expect(parseIpLines('10.0.0.0/8\n\n  192.0.2.1 \n')).toEqual([{ line: 1, value: '10.0.0.0/8' }, { line: 3, value: '192.0.2.1' }]);
  });
});

describe('linesWithErrors', () => {
  it('maps /ipAllowlist/<index> errors to the lines typed', () => {
    const lines = parseIpLines('10.0.0.0/8\n\nnope');

    expect(linesWithErrors(lines, { 'ipAllowlist.1': 'Invalid', name: 'x' })).toEqual([3]);
  });
});

describe('endOfDayIso', () => {
  it('turns a date into the end of that day', () => {
    const iso = endOfDayIso('2030-06-15');

    expect(new Date(iso ?? '').getDate()).toBe(15);
    expect(new Date(iso ?? '').getHours()).toBe(23);
  });

  it('is null without a date', () => {
    expect(endOfDayIso('')).toBeNull();
  });
});
