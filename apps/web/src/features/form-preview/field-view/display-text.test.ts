import { FormFieldSchema, type DataField } from '@flowforge/contracts';
import { describe, expect, it } from 'vitest';
import { formatFileSize, formatInputText, formatPercent, maskInputText, pickDisplayText, readInputText, toDateTimeLocal } from './display-text';

const field = (type: string, props: Record<string, unknown> = {}) => FormFieldSchema.parse({ key: 'f', label: 'F', type, ...props }) as DataField;

describe('formatPercent', () => {
  it.each([[0.125, '12.5%'], [0.07, '7%'], [1, '100%'], [0, '0%']])('shows %d as %s', (fraction, expected) => {
    expect(formatPercent(fraction)).toBe(expected);
  });
});

describe('toDateTimeLocal', () => {
  it('shows an instant as wall-clock time in the zone', () => {
    expect(toDateTimeLocal('2025-03-15T12:00:00.000Z', 'Europe/Berlin')).toBe('2025-03-15T13:00');
  });

  it('leaves unreadable text as it is', () => {
    expect(toDateTimeLocal('tomorrow', 'UTC')).toBe('tomorrow');
  });
});

describe('formatInputText', () => {
  it.each([
    [field('short-text'), null, ''],
    [field('currency', { currency: 'EUR' }), '1200.50', '1200.50'],
    [field('integer'), 3, '3'],
    [field('percentage'), 0.25, '25%'],
    [field('datetime', { timeZone: 'UTC' }), '2025-03-15T12:00:00.000Z', '2025-03-15T12:00'],
    [field('user-picker', { multiple: true }), ['u1', 'u2'], 'u1, u2'],
  ])('formats the value of a %s field', (target, value, expected) => {
    expect(formatInputText(target, value, 'Europe/Berlin')).toBe(expected);
  });
});

describe('readInputText', () => {
  it('splits the ids of a multiple reference', () => {
    expect(readInputText(field('lookup', { dataset: 'd', multiple: true }), 'a, b,')).toEqual(['a', 'b']);
  });

  it('passes other text through', () => {
    expect(readInputText(field('short-text'), ' a ')).toBe(' a ');
  });
});

describe('pickDisplayText', () => {
  const text = field('short-text');

  it('keeps the typed text when trimming is all the runtime did', () => {
    expect(pickDisplayText({ field: text, draft: 'Ada ', value: 'Ada', timeZone: 'UTC' })).toBe('Ada ');
  });

  it('shows the stored value when something else changed it', () => {
    expect(pickDisplayText({ field: text, draft: 'Ada', value: 'Grace', timeZone: 'UTC' })).toBe('Grace');
  });

  it('keeps an unfinished number the runtime could not read', () => {
    const amount = field('currency', { currency: 'EUR' });

    expect(pickDisplayText({ field: amount, draft: '12.', value: '12.', timeZone: 'UTC' })).toBe('12.');
  });

  it('keeps a typed comma of a multiple reference', () => {
    const users = field('user-picker', { multiple: true });

    expect(pickDisplayText({ field: users, draft: 'u1,', value: ['u1'], timeZone: 'UTC' })).toBe('u1,');
  });
});

describe('maskInputText', () => {
  const phone = field('phone', { mask: '(999) 999-9999' });

  it.each([
    ['5551234567', '(555) 123-4567'],
    ['555', '(555'],
    ['(555) 12', '(555) 12'],
    ['', ''],
    ['abc', 'abc'],
  ])('formats %j as %j', (typed, expected) => {
    expect(maskInputText(phone, typed)).toBe(expected);
  });

  it('leaves text of a field without a mask alone', () => {
    expect(maskInputText(field('short-text'), '5551234567')).toBe('5551234567');
  });
});

describe('formatFileSize', () => {
  it.each([[8, '8 byte'], [1500, '1.5 kB'], [2_400_000, '2.4 MB']])('shows %i bytes as %s', (bytes, expected) => {
    expect(formatFileSize(bytes, 'en-US')).toBe(expected);
  });
});
