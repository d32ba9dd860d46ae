import { describe, expect, it } from 'vitest';
import { formatType, inferFieldTypes, inferValueType, unifyTypes } from './sample-fields';

describe('inferValueType', () => {
  it.each([
    [12, 'number'],
    [0.5, 'number'],
    [true, 'boolean'],
    ['EU', 'string'],
    ['2025-01-31', 'date'],
    ['2025-01-31T10:00:00Z', 'datetime'],
    ['2025-01-31T10:00:00.123+01:00', 'datetime'],
    ['2025-01-31T10:00', 'string'],
    [null, 'any'],
    [[], 'list<any>'],
    [[1, 2], 'list<number>'],
    [[1, 'a'], 'list<any>'],
    [[null, 3], 'list<number>'],
    [['2025-01-01', '2025-02-01T00:00:00Z'], 'list<datetime>'],
    [[{ amount: 1 }, { amount: 2, note: 'x' }], 'list<{ amount: number, note: string }>'],
    [{}, '{}'],
    [{ amount: 12000, owner: { name: 'Ada' } }, '{ amount: number, owner: { name: string } }'],
  ])('infers %j as %s', (value, expected) => {
    const type = inferValueType(value);

    expect(formatType(type)).toBe(expected);
  });

  it('gives up on very deep nesting instead of recursing forever', () => {
    let value: unknown = 1;
    for (let depth = 0; depth < 40; depth += 1) value = [value];

    const text = formatType(inferValueType(value));

    expect(text).toContain('any');
  });
});

describe('unifyTypes', () => {
  it('widens a date and a text to text', () => {
    expect(unifyTypes({ kind: 'date' }, { kind: 'string' })).toEqual({ kind: 'string' });
  });

  it('keeps the known side when the other is unknown', () => {
    expect(unifyTypes({ kind: 'any' }, { kind: 'boolean' })).toEqual({ kind: 'boolean' });
  });
});

describe('inferFieldTypes', () => {
  it('makes every top-level key a field in scope', () => {
    const fields = inferFieldTypes({ amount: 1250.5, region: 'EU', lineItems: [{ amount: 400 }] });

    expect(fields).toEqual({
      amount: { kind: 'number' },
      region: { kind: 'string' },
      lineItems: { kind: 'list', element: { kind: 'record', fields: { amount: { kind: 'number' } } } },
    });
  });
});
