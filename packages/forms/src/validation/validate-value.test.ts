import type { DataField } from '@flowforge/contracts';
import { describe, expect, it } from 'vitest';
import { buildField, FIXED_NOW } from '../testing.ts';
import { validateValue } from './validate-value.ts';

const OPTIONS = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }];
const env = { now: FIXED_NOW, timeZone: 'Europe/Berlin', options: OPTIONS };
const codes = (field: DataField, value: unknown) => validateValue(field, value, env).map((error) => error.code);
const staticOptions = { source: 'static', items: OPTIONS };
const pdf = { id: 'f1', name: 'cv.PDF', size: 2000, mimeType: 'application/pdf' };
const photo = { id: 'f2', name: 'me.jpg', size: 500, mimeType: 'image/jpeg', width: 800, height: 600 };

describe('validateValue per field type', () => {
  it.each<[string, DataField, unknown, string[]]>([
    ['short text within length', buildField('short-text', { minLength: 2, maxLength: 5 }), 'abc', []],
    ['short text too short', buildField('short-text', { minLength: 2 }), 'a', ['min-length']],
    ['short text too long (code points)', buildField('short-text', { maxLength: 2 }), '😀😀😀', ['max-length']],
    ['short text pattern', buildField('short-text', { pattern: '^[A-Z]{3}[0-9]{4}$' }), 'ABC1234', []],
    ['short text pattern mismatch', buildField('short-text', { pattern: '^[A-Z]{3}[0-9]{4}$' }), 'AB12', ['pattern']],
    ['an unsafe pattern is never run', buildField('short-text', { pattern: '^(a+)+$' }), `${'a'.repeat(40)}!`, []],
    ['a value too long to try a pattern on does not match', buildField('short-text', { pattern: '^a*$' }), 'a'.repeat(10_001), ['pattern']],
    ['long text', buildField('long-text', { maxLength: 3 }), 'four', ['max-length']],
    ['rich text ignores patterns', buildField('rich-text', { minLength: 1 }), '<p>x</p>', []],
    ['e-mail', buildField('email'), 'ada@example.com', []],
    ['e-mail without domain dot', buildField('email'), 'ada@example', ['invalid-email']],
    ['e-mail with space', buildField('email'), 'a da@example.com', ['invalid-email']],
    ['e-mail of another domain', buildField('email', { allowedDomains: ['acme.com'] }), 'ada@example.com', ['domain']],
    ['e-mail of an allowed domain', buildField('email', { allowedDomains: ['Example.com'] }), 'ada@EXAMPLE.com', []],
    ['url', buildField('url'), 'https://flowforge.dev/docs?q=1', []],
    ['url without scheme', buildField('url'), 'flowforge.dev', ['invalid-url']],
    ['url with another protocol', buildField('url'), 'ftp://files.example.com', ['protocol']],
    ['phone', buildField('phone'), '+49 (30) 123-4567', []],
    ['phone with letters', buildField('phone'), '+49 CALL ME', ['invalid-phone']],
    ['phone too long', buildField('phone'), '+1234567890123456', ['invalid-phone']],
    ['masked phone', buildField('phone', { mask: '999-9999' }), '123-4567', []],
    ['integer in range', buildField('integer', { min: 0, max: 10 }), 10, []],
    ['integer below min', buildField('integer', { min: 0 }), -1, ['min']],
    ['integer off step', buildField('integer', { min: 1, step: 5 }), 7, ['step']],
    ['integer on step', buildField('integer', { min: 1, step: 5 }), 11, []],
    ['decimal above max', buildField('decimal', { max: 1.5 }), 1.51, ['max']],
    ['currency above an exact bound', buildField('currency', { currency: 'EUR', max: '999999.99' }), '1000000.00', ['max']],
    ['currency at the bound', buildField('currency', { currency: 'EUR', max: '999999.99' }), '999999.99', []],
    ['percentage above max', buildField('percentage', { max: 0.5 }), 0.51, ['max']],
    ['dropdown choice', buildField('dropdown', { options: staticOptions }), 'b', []],
    ['dropdown unknown choice', buildField('dropdown', { options: staticOptions }), 'z', ['invalid-option']],
    ['radio unknown choice', buildField('radio', { options: staticOptions }), 'z', ['invalid-option']],
    ['multi-select too few', buildField('multi-select', { options: staticOptions, minSelected: 2 }), ['a'], ['min-items']],
    ['multi-select too many', buildField('multi-select', { options: staticOptions, maxSelected: 1 }), ['a', 'b'], ['max-items']],
    ['checkbox group unknown', buildField('checkbox', { options: staticOptions }), ['a', 'x'], ['invalid-option']],
    ['yes/no checkbox', buildField('checkbox'), true, []],
    ['date within bounds', buildField('date', { min: '2025-01-01', max: 'today' }), '2025-03-15', []],
    ['date after today', buildField('date', { max: 'today' }), '2025-03-16', ['max']],
    ['date before min', buildField('date', { min: '2025-01-01' }), '2024-12-31', ['min']],
    ['time out of hours', buildField('time', { min: '08:00', max: '18:00' }), '18:30', ['max']],
    ['time before opening', buildField('time', { min: '08:00' }), '07:59', ['min']],
    ['time off the quarter hour', buildField('time', { stepMinutes: 15 }), '10:10', ['step']],
    ['datetime in the past', buildField('datetime', { min: 'now' }), '2025-03-15T11:59:00.000Z', ['min']],
    ['datetime before a fixed bound', buildField('datetime', { max: '2025-01-01T00:00:00+01:00' }), '2025-01-01T00:00:00.000Z', ['max']],
    ['datetime in the future', buildField('datetime', { min: 'now' }), '2025-03-15T12:01:00.000Z', []],
    ['date range in order', buildField('date-range', { maxDays: 5 }), { start: '2025-04-07', end: '2025-04-11' }, []],
    ['date range reversed', buildField('date-range'), { start: '2025-04-11', end: '2025-04-07' }, ['date-range-order']],
    ['date range too long', buildField('date-range', { maxDays: 4 }), { start: '2025-04-07', end: '2025-04-11' }, ['max-days']],
    ['date range too short', buildField('date-range', { minDays: 3 }), { start: '2025-04-07', end: '2025-04-08' }, ['min-days']],
    ['date range before min', buildField('date-range', { min: 'today' }), { start: '2025-03-01', end: '2025-04-08' }, ['min']],
    ['file of an accepted type', buildField('file', { accept: ['.pdf'], maxSizeBytes: 5000 }), pdf, []],
    ['file too large', buildField('file', { maxSizeBytes: 1000 }), pdf, ['file-too-large']],
    ['file of another type', buildField('file', { accept: ['image/*'] }), pdf, ['file-type']],
    ['file by exact MIME type', buildField('file', { accept: ['application/pdf'] }), pdf, []],
    ['too many files', buildField('files', { maxFiles: 1 }), [pdf, photo], ['max-items']],
    ['too few files', buildField('files', { minFiles: 3 }), [pdf, photo], ['min-items']],
    ['image that is a PDF', buildField('image'), pdf, ['file-type']],
    ['image too small', buildField('image', { minWidth: 1000 }), photo, ['image-too-small']],
    ['image too large', buildField('image', { maxHeight: 500 }), photo, ['image-too-large']],
    ['image just right', buildField('image', { minWidth: 800, maxHeight: 600 }), photo, []],
    ['lookup id', buildField('lookup', { dataset: 'products' }), 'p1', []],
    ['address missing a required part', buildField('address', { subFields: { city: { required: true } } }), { street: 'Main St', city: null }, ['required']],
    ['address with a bad postal code', buildField('address', { subFields: { postalCode: { pattern: '^\\d{5}$' } } }), { postalCode: '123' }, ['pattern']],
    ['address in another country', buildField('address', { countries: ['DE', 'AT'] }), { country: 'fr' }, ['country']],
    ['name part too long', buildField('name', { subFields: { first: { maxLength: 3 } } }), { first: 'Alexander' }, ['max-length']],
    ['signature without image', buildField('signature'), { image: null, signerName: 'Ada' }, ['required']],
    ['signature', buildField('signature', { subFields: { signerName: { required: true } } }), { image: 'file-1', signerName: 'Ada' }, []],
    ['rating above max', buildField('rating', { max: 5 }), 6, ['max']],
    ['rating zero', buildField('rating'), 0, ['min']],
    ['half rating not allowed', buildField('rating'), 3.5, ['step']],
    ['half rating allowed', buildField('rating', { allowHalf: true }), 3.5, []],
  ])('%s', (...[, field, value, expected]) => {
    expect(codes(field, value)).toEqual(expected);
  });

  it('reports sub-field errors on the part and percent bounds as percents', () => {
    const address = buildField('address', { subFields: { city: { required: true } } });
    const percentage = buildField('percentage', { max: 0.5 });

    expect(validateValue(address, { street: 'x', city: null }, env)).toEqual([{ code: 'required', part: 'city' }]);
    expect(validateValue(percentage, 0.75, env)[0]?.params).toEqual({ max: '50%', fraction: 0.5 });
  });
});
