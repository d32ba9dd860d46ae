import type { DataField } from '@flowforge/contracts';
import { describe, expect, it } from 'vitest';
import { buildField } from '../testing.ts';
import { coerceValue } from './coerce-value.ts';

const options = { timeZone: 'Europe/Berlin' };
const coerce = (field: DataField, raw: unknown, isCalculated = false) => coerceValue(field, raw, { ...options, isCalculated });
const static3 = { source: 'static', items: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }] };
const file = { id: 'f1', name: 'cv.pdf', size: 1000, mimeType: 'application/pdf' };

describe('coerceValue: text', () => {
  it.each([
    [buildField('short-text'), '  Ada  ', 'Ada'],
    [buildField('short-text', { textCase: 'upper' }), 'abc', 'ABC'],
    [buildField('short-text', { textCase: 'lower' }), 'ABC', 'abc'],
    [buildField('short-text'), 42, '42'],
    [buildField('long-text'), '  two\nlines ', '  two\nlines '],
    [buildField('rich-text'), '**bold**', '**bold**'],
    [buildField('email'), ' ada@example.com ', 'ada@example.com'],
    [buildField('phone', { mask: '(999) 999-9999' }), '5551234567', '(555) 123-4567'],
    [buildField('short-text'), '   ', null],
    [buildField('url'), undefined, null],
  ])('reads %#', (field, raw, value) => {
    expect(coerce(field, raw)).toEqual({ value });
  });

  it('rejects objects and incomplete masks, keeping the input', () => {
    expect(coerce(buildField('short-text'), { a: 1 })).toEqual({ value: { a: 1 }, error: { code: 'invalid-type', params: { expected: 'text' } } });
    expect(coerce(buildField('phone', { mask: '(999) 999-9999' }), '555')).toMatchObject({ value: '555', error: { code: 'mask' } });
    expect(coerce(buildField('short-text', { mask: '999' }), 'abc')).toMatchObject({ error: { code: 'mask' } });
  });
});

describe('coerceValue: numbers', () => {
  it.each([
    [buildField('integer'), '42', 42], [buildField('integer'), 7, 7], [buildField('integer'), '7.0', 7],
    [buildField('decimal', { precision: 2 }), '12.34', 12.34], [buildField('decimal'), 0.1, 0.1],
    [buildField('currency', { currency: 'EUR' }), '1234.5', '1234.50'], [buildField('currency', { currency: 'EUR' }), 19.99, '19.99'],
    [buildField('currency', { currency: 'JPY', precision: 0 }), '500', '500'],
    [buildField('percentage'), '15%', 0.15], [buildField('percentage', { precision: 1 }), '12.5 %', 0.125], [buildField('percentage'), 0.2, 0.2],
    [buildField('integer'), '', null],
  ])('reads %#', (field, raw, value) => {
    expect(coerce(field, raw)).toEqual({ value });
  });

  it.each([
    [buildField('integer'), '4.5', 'invalid-integer'], [buildField('integer'), 'ten', 'invalid-integer'], [buildField('integer'), '1e400', 'invalid-integer'],
    [buildField('integer'), '99999999999999999999', 'invalid-integer'],
    [buildField('decimal', { precision: 2 }), '1.234', 'precision'], [buildField('decimal'), true, 'invalid-number'],
    [buildField('currency', { currency: 'EUR' }), '0.001', 'precision'], [buildField('percentage'), '12.5%', 'precision'],
  ])('rejects %#', (field, raw, code) => {
    expect(coerce(field, raw).error?.code).toBe(code);
  });

  it('rounds calculated values half away from zero instead of rejecting them', () => {
    expect(coerce(buildField('currency', { currency: 'EUR' }), 10.005, true)).toEqual({ value: '10.01' });
    expect(coerce(buildField('decimal', { precision: 1 }), -2.25, true)).toEqual({ value: -2.3 });
    expect(coerce(buildField('integer'), 2.5, true)).toEqual({ value: 3 });
    expect(coerce(buildField('currency', { currency: 'EUR' }), 0.1 + 0.2, true)).toEqual({ value: '0.30' });
  });
});

describe('coerceValue: selection', () => {
  it.each([
    [buildField('dropdown', { options: static3 }), 'a', 'a'], [buildField('radio', { options: static3 }), 3, '3'],
    [buildField('dropdown', { options: static3 }), '', null],
    [buildField('multi-select', { options: static3 }), ['a', 'b', 'a'], ['a', 'b']], [buildField('multi-select', { options: static3 }), 'a', ['a']],
    [buildField('multi-select', { options: static3 }), null, []],
    [buildField('checkbox'), true, true], [buildField('checkbox'), 'false', false], [buildField('checkbox'), null, false],
    [buildField('checkbox', { options: static3 }), ['c'], ['c']],
  ])('reads %#', (field, raw, value) => {
    expect(coerce(field, raw)).toEqual({ value });
  });

  it('rejects values that are not choices', () => {
    expect(coerce(buildField('checkbox'), 'yes').error?.code).toBe('invalid-type');
    expect(coerce(buildField('multi-select', { options: static3 }), [{}]).error?.code).toBe('invalid-option');
    expect(coerce(buildField('dropdown', { options: static3 }), { nope: 1 }).error?.code).toBe('invalid-option');
  });
});

describe('coerceValue: dates and times', () => {
  it.each([
    [buildField('date'), '2025-02-28', '2025-02-28'], [buildField('date'), '2024-02-29', '2024-02-29'],
    [buildField('date'), '2025-03-15T23:30:00Z', '2025-03-16'], [buildField('date', { timeZone: 'UTC' }), '2025-03-15T23:30:00Z', '2025-03-15'],
    [buildField('time'), '9:05', '09:05'], [buildField('time'), '23:59:30', '23:59:30'], [buildField('time'), '08:00:00', '08:00'],
    [buildField('datetime'), '2025-07-01T09:30', '2025-07-01T07:30:00.000Z'],
    [buildField('datetime', { timeZone: 'America/New_York' }), '2025-07-01T09:30', '2025-07-01T13:30:00.000Z'],
    [buildField('datetime'), '2025-07-01T09:30:00+05:30', '2025-07-01T04:00:00.000Z'],
    [buildField('datetime'), '2025-07-01 09:30:15.5Z', '2025-07-01T09:30:15.500Z'],
    [buildField('datetime'), Date.UTC(2025, 0, 1), '2025-01-01T00:00:00.000Z'],
    [buildField('date-range'), { start: '2025-01-01', end: '2025-01-05' }, { start: '2025-01-01', end: '2025-01-05' }],
    [buildField('date-range'), ['2025-01-01', null], { start: '2025-01-01', end: null }],
    [buildField('date-range'), { start: '', end: null }, null],
  ])('reads %#', (field, raw, value) => {
    expect(coerce(field, raw)).toEqual({ value });
  });

  it.each([
    [buildField('date'), '2025-02-29', 'invalid-date'], [buildField('date'), '2025-13-01', 'invalid-date'], [buildField('date'), 20250101, 'invalid-date'],
    [buildField('time'), '24:00', 'invalid-time'], [buildField('time'), '12:60', 'invalid-time'],
    [buildField('datetime'), 'tomorrow', 'invalid-datetime'], [buildField('datetime'), '2025-02-30T10:00', 'invalid-datetime'],
    [buildField('datetime'), 9e15, 'invalid-datetime'],
    [buildField('date-range'), 'soon', 'invalid-date'], [buildField('date-range'), ['2025-01-01'], 'invalid-date'],
    [buildField('date-range'), { start: 'x', end: '2025-01-01' }, 'invalid-date'],
  ])('rejects %#', (field, raw, code) => {
    expect(coerce(field, raw).error?.code).toBe(code);
  });
});

describe('coerceValue: files and references', () => {
  it('reads file references and lists of them', () => {
    expect(coerce(buildField('file'), file)).toEqual({ value: file });
    expect(coerce(buildField('files'), file)).toEqual({ value: [file] });
    expect(coerce(buildField('files'), null)).toEqual({ value: [] });
    expect(coerce(buildField('image'), { id: 'x' }).error?.code).toBe('invalid-file');
    expect(coerce(buildField('files'), [file, 'nope']).error?.code).toBe('invalid-file');
  });

  it('reads ids, objects with ids, and lists of ids', () => {
    expect(coerce(buildField('lookup', { dataset: 'products' }), { id: 'p1', name: 'Pen' })).toEqual({ value: 'p1' });
    expect(coerce(buildField('user-picker'), 17)).toEqual({ value: '17' });
    expect(coerce(buildField('record-link', { multiple: true, target: { kind: 'dataset', id: 'd' } }), ['r1', 'r1', 'r2'])).toEqual({ value: ['r1', 'r2'] });
    expect(coerce(buildField('user-picker', { multiple: true }), undefined)).toEqual({ value: [] });
    expect(coerce(buildField('user-picker'), true).error?.code).toBe('invalid-type');
    expect(coerce(buildField('user-picker', { multiple: true }), [true]).error?.code).toBe('invalid-type');
  });
});

describe('coerceValue: composites', () => {
  it('keeps the enabled parts of an address, trimmed', () => {
    const address = buildField('address', { subFields: { street2: { enabled: false } } });

    const coerced = coerce(address, { street: ' Main St 1 ', street2: 'x', city: 'Berlin', zip: '1' });

    expect(coerced).toEqual({ value: { street: 'Main St 1', city: 'Berlin', region: null, postalCode: null, country: null } });
  });

  it('reads names, signatures and ratings', () => {
    expect(coerce(buildField('name'), { first: 'Ada', last: 'Lovelace' }).value).toMatchObject({ first: 'Ada', last: 'Lovelace', middle: null });
    expect(coerce(buildField('signature'), 'data:image/png;base64,AAA').value).toMatchObject({ image: 'data:image/png;base64,AAA', signerName: null });
    expect(coerce(buildField('rating'), '4')).toEqual({ value: 4 });
    expect(coerce(buildField('name'), { first: '  ' })).toEqual({ value: null });
  });

  it('rejects composites that are not objects of text', () => {
    expect(coerce(buildField('address'), 'Main St').error?.code).toBe('invalid-type');
    expect(coerce(buildField('name'), { first: 1 }).error?.code).toBe('invalid-type');
    expect(coerce(buildField('rating'), 'five').error?.code).toBe('invalid-number');
  });
});
