import { describe, expect, it } from 'vitest';
import { compileExpression } from '../compile-expression.ts';
import type { FieldTypes } from '../types.ts';
import { typeToString } from './expr-types.ts';

const fields: FieldTypes = {
  amount: { kind: 'decimal' },
  count: { kind: 'number' },
  region: { kind: 'string' },
  due: { kind: 'date' },
  active: { kind: 'boolean' },
  tags: { kind: 'list', element: { kind: 'string' } },
  record: { kind: 'record', fields: { amount: { kind: 'number' }, owner: { kind: 'record', fields: { name: { kind: 'string' } } } } },
  lineItems: { kind: 'list', element: { kind: 'record', fields: { amount: { kind: 'decimal' }, sku: { kind: 'string' } } } },
  'customer.name': { kind: 'string' },
  anything: { kind: 'any' },
};

function typeOf(source: string): string {
  return typeToString(compileExpression(source, { fields }).type);
}

function messages(source: string): string[] {
  return compileExpression(source, { fields }).diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
}

describe('type inference', () => {
  it.each<[string, string]>([
    ['${count} + 1', 'number'], ['${amount} * 2', 'decimal'], ['${count} / 2', 'decimal'], ['1.5', 'decimal'],
    ["${region} + 1", 'string'], ['${amount} > 1', 'boolean'], ['${tags}', 'list<string>'], ['${lineItems}.amount', 'list<decimal>'],
    ['${lineItems.sku}', 'list<string>'], ['${record.owner.name}', 'string'], ['${customer.name}', 'string'], ['${anything}.x.y', 'any'],
    ["IF(${active}, 1, 2.5)", 'decimal'], ["IF(${active}, 'a')", 'string'], ['[1, 2.5]', 'list<decimal>'], ['[1, null]', 'list<number>'],
    ["[1, 'a']", 'list<any>'], ['{ a: 1 }', '{ a: number }'], ['SUM(${lineItems}.amount)', 'decimal'], ['SUM(1, 2)', 'number'],
    ["DATEADD(${due}, 1, 'day')", 'date'], ['TODAY()', 'date'], ['NOW()', 'datetime'], ["SPLIT('a', ',')", 'list<string>'],
    ['MIN(${tags})', 'string'], ["COALESCE(null, ${count})", 'number'], ["SWITCH(1, 1, 'a', 2, 'b', 'c')", 'string'],
    ['true ? ${due} : NOW()', 'datetime'], ['-${amount}', 'decimal'], ['!${count}', 'boolean'], ['${count} EMPTY', 'boolean'],
  ])('%s : %s', (source, type) => {
    expect(typeOf(source)).toBe(type);
  });
});

describe('diagnostics', () => {
  it('suggests fields and functions for unknown names', () => {
    expect(messages('${amout} > 1')).toEqual(["error unknown-field: Unknown field 'amout'. Did you mean ${amount}?"]);
    expect(messages('${record.amout}')).toEqual(["error unknown-field: Unknown property of record 'amout'. Did you mean amount?"]);
    expect(messages('${lineItems}.skus')).toEqual(["error unknown-property: Unknown property 'skus'. Did you mean sku?"]);
    expect(messages('${count}.x')).toEqual(["error unknown-property: A number has no property 'x'"]);
    expect(messages('SUMM(1)')).toEqual(['error unknown-function: Unknown function SUMM(). Did you mean SUM() or SUMIF()?']);
    expect(messages('today')).toEqual(["error unknown-field: Unknown field 'today'. Did you mean TODAY()?"]);
    expect(messages('${zzzz}')).toEqual(["error unknown-field: Unknown field 'zzzz'"]);
    expect(messages('${__proto__}')).toEqual(["error unknown-field: Unknown field '__proto__'"]);
  });

  it('checks argument counts and kinds', () => {
    expect(messages('ROUND()')[0]).toBe('error wrong-arity: ROUND() takes 1 to 2 arguments, got 0: ROUND(x: number, digits?: number) → number');
    expect(messages('TODAY(1)')[0]).toContain('takes 0 arguments');
    expect(messages('NOT(1, 2)')[0]).toContain('takes 1 argument,');
    expect(messages("SUMIF(${lineItems})")[0]).toContain('takes 4 arguments');
    expect(messages('UPPER(${count})')).toEqual(['error type-mismatch: UPPER() expects text to be string, not number']);
    expect(messages("DATEADD(${active}, 1, 'day')")[0]).toContain('expects date to be date, not boolean');
    expect(messages('ROUND(${anything})')).toEqual([]);
  });

  it('checks operator types', () => {
    expect(messages("${count} - 'a'")[0]).toBe("error type-mismatch: '-' needs numbers, not number and string");
    expect(messages('-${region}')[0]).toContain("'-' needs a number");
    expect(messages("${count} == 'a'")).toEqual(['warning incomparable-types: Comparing number with string is always false']);
    expect(messages("${count} != 'a'")[0]).toContain('always true');
    expect(messages("${due} < '2024-01-01'")).toEqual([]);
    expect(messages('${region} IN ${count}')[0]).toContain('IN needs a list');
    expect(messages("${count} CONTAINS 'a'")[0]).toContain('CONTAINS needs');
    expect(messages('${region} MATCHES 1')[0]).toContain('MATCHES needs a text pattern');
  });

  it('rejects unsafe or invalid literal patterns when compiling', () => {
    expect(messages("${region} MATCHES '(a+)+$'")[0]).toContain('unsafe-regex');
    expect(messages("${region} MATCHES '(a|b)*'")[0]).toContain('unsafe-regex');
    expect(messages("${region} MATCHES '(\\\\w)\\\\1'")[0]).toContain('Backreferences');
    expect(messages("${region} MATCHES '['")[0]).toContain('invalid-regex');
    expect(messages(`\${region} MATCHES '${'a'.repeat(201)}'`)[0]).toContain('regex-too-long');
    expect(messages("${region} MATCHES '^[a-z]+(-[a-z]+)?(\\\\.[0-9]+)?$'")).toEqual([]);
    expect(messages("${region} MATCHES '^(?:ab){2,5}$'")).toEqual([]);
    expect(messages("${region} MATCHES '^(?<x>a|b)(a+){1,3}$'")).toEqual([]);
  });

  it('collects references in order of appearance', () => {
    const compiled = compileExpression('${amount} > 1 && SUM(${lineItems}.amount) > ${amount} || ${record.owner.name} == x', { fields: { ...fields, x: { kind: 'string' } } });

    expect(compiled.references).toEqual(['amount', 'lineItems', 'record.owner.name', 'x']);
  });

  it('accepts declared host functions and case-insensitive names', () => {
    const compiled = compileExpression("credit_score(${region}) > 1 && sum(1) == 1", {
      fields, hostFunctions: { CREDIT_SCORE: { params: [{ name: 'region', kind: 'string' }], returns: { kind: 'number' } }, SUM: { params: [], returns: { kind: 'string' } } },
    });

    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.run({ region: 'EU' }, { now: () => 0, timeZone: 'UTC', functions: { CREDIT_SCORE: () => 2 } }).value).toBe(true);
  });
});

describe('checkExpression', () => {
  it('checks without compiling and never throws', async () => {
    const { checkExpression } = await import('../compile-expression.ts');

    expect(checkExpression('${amount} + 1', { fields })).toMatchObject({ ok: true, type: { kind: 'decimal' }, references: ['amount'] });
    expect(checkExpression('${amount} +', { fields })).toMatchObject({ ok: false, ast: null, references: [] });
    expect(checkExpression(null as never).ok).toBe(false);
  });
});
