import { describe, expect, it } from 'vitest';
import { evaluate, valueOf } from '../testing/evaluate.ts';

const berlin = { timeZone: 'Europe/Berlin' };
const newYork = { timeZone: 'America/New_York' };

describe('NOW and TODAY', () => {
  it('reads the injected clock and zone', () => {
    const lateUtc = { now: () => Date.UTC(2024, 11, 31, 23, 30) };

    expect(valueOf('TODAY()', {}, { ...lateUtc, timeZone: 'UTC' })).toBe('2024-12-31');
    expect(valueOf('TODAY()', {}, { ...lateUtc, timeZone: 'Europe/Berlin' })).toBe('2025-01-01');
    expect(valueOf('TODAY()', {}, { ...lateUtc, timeZone: 'Pacific/Kiritimati' })).toBe('2025-01-01');
    expect(valueOf('NOW()', {}, { ...lateUtc, timeZone: 'UTC' })).toBe('2024-12-31T23:30:00Z');
    expect(valueOf('NOW()', {}, { ...lateUtc, timeZone: 'Asia/Kolkata' })).toBe('2025-01-01T05:00:00+05:30');
  });

  it('reads the clock once per evaluation', () => {
    let ticks = 0;

    const result = evaluate('NOW() == NOW()', {}, { context: { now: () => (ticks += 1000) } });

    expect(result.value).toBe(true);
    expect(ticks).toBe(1000);
  });

  it('reports a clock that returns no number', () => {
    const result = evaluate('TODAY()', {}, { context: { now: () => Number.NaN } });

    expect(result.value).toBeNull();
    expect(result.diagnostics[0]?.code).toBe('invalid-clock');
  });

  it('falls back to UTC for an unknown zone, with a warning', () => {
    const result = evaluate('NOW()', {}, { context: { timeZone: 'Mars/Olympus' } });

    expect(result.value).toBe('2024-03-15T10:00:00Z');
    expect(result.diagnostics[0]?.code).toBe('invalid-time-zone');
  });
});

describe('DATEADD', () => {
  it.each<[string, unknown, object?]>([
    ["DATEADD('2024-01-31', 1, 'months')", '2024-02-29'],
    ["DATEADD('2023-01-31', 1, 'month')", '2023-02-28'],
    ["DATEADD('2024-02-29', 1, 'year')", '2025-02-28'],
    ["DATEADD('2024-03-31', -1, 'month')", '2024-02-29'],
    ["DATEADD('2024-05-31', 1, 'quarter')", '2024-08-31'],
    ["DATEADD('2024-12-31', 1, 'day')", '2025-01-01'],
    ["DATEADD('2024-02-28', 2, 'Days')", '2024-03-01'],
    ["DATEADD('2024-01-01', 2, 'weeks')", '2024-01-15'],
    ["DATEADD('2024-01-01', 1.9, 'days')", '2024-01-02'],
    ["DATEADD('2024-03-31', 1, 'hours')", '2024-03-31T01:00:00+01:00'],
    ["DATEADD('2024-03-31', 3, 'hours')", '2024-03-31T04:00:00+02:00'],
    // across the spring-forward change in Berlin: a day keeps the wall clock, 24 hours do not
    ["DATEADD('2024-03-30T12:00:00+01:00', 1, 'day')", '2024-03-31T12:00:00+02:00'],
    ["DATEADD('2024-03-30T12:00:00+01:00', 24, 'hours')", '2024-03-31T13:00:00+02:00'],
    // fall back
    ["DATEADD('2024-10-26T12:00:00+02:00', 1, 'day')", '2024-10-27T12:00:00+01:00'],
    ["DATEADD('2024-10-27T01:30:00+02:00', 1, 'hour')", '2024-10-27T02:30:00+02:00'],
    ["DATEADD('2024-10-27T02:30:00+02:00', 1, 'hour')", '2024-10-27T02:30:00+01:00'],
    // a wall time in the gap moves forward; a repeated one takes the earlier instant
    ["DATEADD('2024-03-30T02:30:00', 1, 'day')", '2024-03-31T03:30:00+02:00'],
    ["DATEADD('2024-10-26T02:30:00', 1, 'day')", '2024-10-27T02:30:00+02:00'],
    ["DATEADD('2024-01-31T10:00:00Z', 1, 'month')", '2024-02-29T11:00:00+01:00'],
    ["DATEADD('2024-03-09T12:00:00', 1, 'day')", '2024-03-10T12:00:00-04:00', newYork],
    ["DATEADD('2024-01-01', 1, 'fortnight')", null],
    ["DATEADD('not a date', 1, 'day')", null],
    ["DATEADD('2024-02-30', 1, 'day')", null],
    ["DATEADD(null, 1, 'day')", null],
  ])('%s = %j', (source, expected, context = berlin) => {
    expect(valueOf(source, {}, context)).toEqual(expected);
  });
});

describe('DATEDIFF', () => {
  it.each<[string, unknown]>([
    ["DATEDIFF('2024-01-01', '2024-12-31', 'days')", 365],
    ["DATEDIFF('2024-03-01', '2024-02-01', 'days')", -29],
    ["DATEDIFF('2024-01-01', '2024-01-14', 'weeks')", 1],
    ["DATEDIFF('2024-01-31', '2024-03-30', 'months')", 1],
    ["DATEDIFF('2024-01-31', '2024-03-31', 'months')", 2],
    ["DATEDIFF('2024-03-31', '2024-02-29', 'months')", -1],
    ["DATEDIFF('2020-02-29', '2024-02-28', 'years')", 3],
    ["DATEDIFF('2020-02-29', '2024-02-29', 'years')", 4],
    ["DATEDIFF('2024-01-01', '2024-10-01', 'quarters')", 3],
    ["DATEDIFF('2024-01-01', '2024-01-02', 'hours')", 24],
    ["DATEDIFF('2024-03-30T12:00:00+01:00', '2024-03-31T12:00:00+02:00', 'days')", 1],
    ["DATEDIFF('2024-03-30T12:00:00+01:00', '2024-03-31T11:59:00+02:00', 'days')", 0],
    ["DATEDIFF('2024-03-31', '2024-04-01', 'hours')", 23],
    ["DATEDIFF('2024-10-27', '2024-10-28', 'hours')", 25],
    ["DATEDIFF('2024-01-31T10:00:00+01:00', '2024-02-29T09:00:00+01:00', 'months')", 0],
    ["DATEDIFF('2024-01-01T00:00:00Z', '2024-01-01T00:01:30Z', 'seconds')", 90],
    ["DATEDIFF('2024-01-01T00:00:00Z', '2024-01-01T00:01:30Z', 'minutes')", 1],
    ["DATEDIFF(TODAY(), '2024-03-20', 'days')", 5],
    ["DATEDIFF('2024-01-01', null, 'days')", null],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source, {}, berlin)).toEqual(expected);
  });
});

describe('FORMAT', () => {
  it.each<[string, unknown]>([
    ["FORMAT('2024-03-05', 'd/M/yy')", '5/3/24'],
    ["FORMAT('2024-03-05', 'EEEE, MMMM d')", 'Tuesday, March 5'],
    ["FORMAT('2024-03-05T13:07:09.120Z', 'h:mm:ss.SSS a')", '2:07:09.120 PM'],
    ["FORMAT('2024-03-05T00:00:00Z', 'hh a XXX')", '01 AM +01:00'],
    ["FORMAT('2024-07-05', \"'Q' yyyy ''\")", "Q 2024 '"],
    ['FORMAT(1234.5, \'0.00\')', '1234.50'],
    ["FORMAT(-1234.567, '#,##0.##')", '-1,234.57'],
    ["FORMAT(0.256, '0.0%')", '25.6%'],
    ["FORMAT(9.995, '€ #,##0.00')", '€ 10.00'],
    ["FORMAT(-0.001, '0.00')", '0.00'],
    ["FORMAT(1, 'none')", 'none'],
    ["FORMAT(POWER(10, 40), '0')", '1e+40'],
    ["FORMAT('soon', 'yyyy')", null],
    ['FORMAT(null, \'yyyy\')', null],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source, {}, berlin)).toEqual(expected);
  });
});

describe('date values', () => {
  it('compares dates with dates, date-times and ISO text', () => {
    const values = { due: '2024-03-14', at: '2024-03-15T00:30:00+01:00' };
    const fields = { due: { kind: 'date' as const }, at: { kind: 'datetime' as const } };
    const run = (source: string) => evaluate(source, values, { compile: { fields } }).value;

    expect(run('${due} < TODAY()')).toBe(true);
    expect(run("${due} == '2024-03-14'")).toBe(true);
    expect(run('${at} > ${due}')).toBe(true);
    expect(run("${at} == '2024-03-14T23:30:00Z'")).toBe(true);
    expect(run('${at}')).toBe('2024-03-15T00:30:00+01:00');
    expect(run('${due}')).toBe('2024-03-14');
    expect(run("DATEADD(${due}, 1, 'day') == TODAY()")).toBe(true);
  });

  it('reads declared date fields from Date objects and invalid text as null', () => {
    const fields = { due: { kind: 'date' as const }, at: { kind: 'datetime' as const } };

    expect(evaluate('${due}', { due: new Date(Date.UTC(2024, 0, 1, 23, 30)) }, { compile: { fields } }).value).toBe('2024-01-02');
    expect(evaluate('${due}', { due: '2024-01-01T23:30:00Z' }, { compile: { fields } }).value).toBe('2024-01-01');
    expect(evaluate('${at}', { at: '2024-01-01' }, { compile: { fields } }).value).toBe('2024-01-01T00:00:00+01:00');
    expect(evaluate('${due}', { due: '31.12.2024' }, { compile: { fields } }).value).toBeNull();
    expect(evaluate('${at}', { at: new Date(Number.NaN) }, { compile: { fields } }).value).toBeNull();
  });
});
