import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONTEXT } from '../docs/render-docs.ts';
import { evaluate, valueOf } from '../testing/evaluate.ts';
import { BUILTIN_FUNCTIONS } from './registry.ts';

const items = [
  { status: 'approved', amount: 0.1, region: 'EU' },
  { status: 'open', amount: 5, region: 'US' },
  { status: 'approved', amount: 0.2, region: 'EU' },
  { status: 'approved', amount: null, region: 'EU' },
  'not a record',
];

describe('registry examples', () => {
  const examples = BUILTIN_FUNCTIONS.flatMap((def) => def.examples.map((example) => [def.name, def.host === true, example] as const));

  it.each(examples)('%s example runs as documented', (name, isHost, example) => {
    const functions = isHost && name !== 'CURRENTUSER' && name !== 'USERPROP' && name !== 'INROLE' ? { [name]: () => example.result } : undefined;

    const result = evaluate(example.expression, example.values ?? {}, { context: { ...EXAMPLE_CONTEXT, now: () => EXAMPLE_CONTEXT.now, functions } });

    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual(example.result);
  });
});

describe('math', () => {
  it.each<[string, unknown]>([
    ['SUM()', 0], ['SUM(null)', 0], ["SUM([1, 'x', null, [2, [3]]])", 6], ['SUM(0.1, 0.2, 0.3)', 0.6], ['SUM(${items}.amount)', 5.3],
    ['AVG(1, 2)', 1.5], ['AVG(null)', null], ['AVG([0.1, 0.2])', 0.15],
    ['MIN([])', null], ['MIN(2, null, 1)', 1], ["MAX('a', 'b')", 'b'], ['MAX(1, 0.5 + 0.6)', 1.1], ["MAX(['2024-01-01', TODAY()])", '2024-03-15'],
    ['ROUND(2.5)', 3], ['ROUND(-2.5)', -3], ['ROUND(1.005, 2)', 1.01], ['ROUND(null)', null], ['ROUND(15, -1)', 20], ['ROUND(1.23456, 200)', 1.23456],
    ['FLOOR(-2.5)', -3], ['CEILING(-2.5)', -2], ['FLOOR(1234.5, -2)', 1200], ['ABS(-0)', 0], ['ABS(null)', null], ['ABS(-1.5 - 1)', 2.5],
    ['POWER(2, -1)', 0.5], ['POWER(-8, 0.5)', null], ['POWER(null, 2)', null], ['POWER(10, 400)', null], ['POWER(2, 0.5)', Math.SQRT2],
    ['MOD(-3, 2)', 1], ['MOD(3, -2)', -1], ['MOD(5.5, 2)', 1.5], ['MOD(1, 0)', null], ['MOD(null, 2)', null], ['MOD(4, 2)', 0],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source, { items })).toEqual(expected);
  });
});

describe('text', () => {
  it.each<[string, unknown]>([
    ['CONCAT()', ''], ["CONCAT('a', 1, true, null, 0.10)", 'a1true0.1'], ['CONCAT([1])', 'list'],
    ['UPPER(null)', null], ["UPPER('ﬁ')", 'FI'], ["LOWER('İ')", 'i̇'], ["TRIM('\\t x \\n')", 'x'], ['TRIM(5)', { error: ['type-mismatch'] }],
    ["SUBSTRING('abc', 0)", 'abc'], ["SUBSTRING('abc', 2)", 'bc'], ["SUBSTRING('abc', 5)", ''], ["SUBSTRING('abc', 2, -1)", ''],
    ["SUBSTRING('👍🏽x', 3, 1)", 'x'], ['SUBSTRING(null, 1)', null],
    ["LEN('😀')", 1], ["LEN('')", 0], ['LEN(123.40)', 5], ['LEN({})', 6],
    ["REPLACE('aaa', 'a', 'bb')", 'bbbbbb'], ["REPLACE('abc', '', 'x')", 'abc'], ["REPLACE(null, 'a', 'b')", null], ["REPLACE('a.b', '.', null)", 'ab'],
    ["SPLIT('', ',')", ['']], ["SPLIT('a😀', '')", ['a', '😀']], ["SPLIT(null, ',')", null], ["SPLIT('a b', ' ')", ['a', 'b']],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source)).toEqual(expected);
  });
});

describe('logic', () => {
  it.each<[string, unknown]>([
    ['IF(true, 1)', 1], ['IF(0, 1, 2)', 2], ["IF('', 1, 2)", 2], ['IF(true, 1, 1 / 0)', 1],
    ["SWITCH(2, 1, 'one', 2, 'two')", 'two'], ["SWITCH(3, 1, 'one', 'other')", 'other'], ["SWITCH(3, 1, 'one')", null], ['SWITCH(null, null, 1)', 1],
    ['AND()', true], ['OR()', false], ['AND(1, [1], "x")', true], ['OR(0, null, "")', false], ['NOT(null)', true], ['NOT([1])', false],
    ['COALESCE(null, null)', null], ["COALESCE(null, '', 'x')", ''], ['COALESCE()', null],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source)).toEqual(expected);
  });

  it('does not evaluate the branch IF does not take', () => {
    const calls: unknown[] = [];
    const functions = { LOOKUP: (args: unknown[]) => calls.push(args) };

    const result = evaluate("IF(false, LOOKUP('a', 1), 2)", {}, { context: { functions } });

    expect(result.value).toBe(2);
    expect(calls).toEqual([]);
  });
});

describe('aggregates', () => {
  it.each<[string, unknown]>([
    ['COUNT()', 0], ['COUNT(${items})', 5], ['COUNT(${items}.amount)', 3], ['COUNT(1, null, [2, null])', 2],
    ["COUNTIF(${items}, 'status', 'approved')", 3], ['COUNTIF([1, 1.0, 2], 1)', 2], ["COUNTIF(null, 'a', 1)", 0], ['COUNTIF([null, 1], null)', 1],
    ["SUMIF(${items}, 'status', 'approved', 'amount')", 0.3], ["SUMIF(${items}, 'status', 'none', 'amount')", 0],
    ["SUMIF(${items}, 'constructor', null, 'amount')", 5.3],
    ["AVGIF(${items}, 'region', 'EU', 'amount')", 0.15], ["AVGIF(${items}, 'region', 'XX', 'amount')", null],
  ])('%s = %j', (source, expected) => {
    expect(valueOf(source, { items })).toEqual(expected);
  });
});

describe('user functions', () => {
  it('falls back to context.user and lets the host override', () => {
    const context = { user: { id: 'u-9', roles: ['clerk'], props: { team: 'ops' } } };

    expect(valueOf('CURRENTUSER()', {}, context)).toBe('u-9');
    expect(valueOf("INROLE('clerk')", {}, context)).toBe(true);
    expect(valueOf("INROLE('manager')", {}, context)).toBe(false);
    expect(valueOf("USERPROP(CURRENTUSER(), 'team')", {}, context)).toBe('ops');
    expect(valueOf("USERPROP('someone-else', 'team')", {}, context)).toBeNull();
    expect(valueOf("USERPROP(null, 'constructor')", {}, context)).toBeNull();
    expect(valueOf('CURRENTUSER()', {}, { user: undefined })).toBeNull();
    expect(valueOf("INROLE('x')", {}, { functions: { INROLE: () => true } })).toBe(true);
  });
});
