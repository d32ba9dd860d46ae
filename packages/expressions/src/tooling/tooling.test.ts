import { describe, expect, it } from 'vitest';
import type { FieldTypes } from '../types.ts';
import { complete } from './complete.ts';
import { hover } from './hover.ts';
import { tokenize } from './tokenize.ts';

const fields: FieldTypes = {
  amount: { kind: 'decimal' },
  region: { kind: 'string' },
  record: { kind: 'record', fields: { amount: { kind: 'number' }, owner: { kind: 'record', fields: { name: { kind: 'string' } } } } },
  lineItems: { kind: 'list', element: { kind: 'record', fields: { amount: { kind: 'decimal' }, sku: { kind: 'string' } } } },
};

function kinds(source: string): string[] {
  return tokenize(source).map((token) => `${token.kind}:${source.slice(token.from, token.to)}`);
}

describe('tokenize', () => {
  it('classifies every token', () => {
    expect(kinds("${amount} > 1.5 && ${region} NOT IN ['EU'] ? SUM(${lineItems}.amount) : x")).toEqual([
      'field:${amount}', 'operator:>', 'number:1.5', 'operator:&&', 'field:${region}', 'keyword:NOT', 'keyword:IN', 'punctuation:[',
      "string:'EU'", 'punctuation:]', 'operator:?', 'function:SUM', 'punctuation:(', 'field:${lineItems}', 'punctuation:.', 'field:amount',
      'punctuation:)', 'punctuation::', 'field:x',
    ]);
  });

  it('marks the braces of an expression field and of records', () => {
    expect(kinds('${a > 1} + {b: NOT(true)}')).toEqual([
      'field:${', 'field:a', 'operator:>', 'number:1', 'field:}', 'operator:+', 'punctuation:{', 'field:b', 'punctuation::', 'function:NOT',
      'punctuation:(', 'keyword:TRUE', 'punctuation:)', 'punctuation:}',
    ].map((item) => item.replace('keyword:TRUE', 'keyword:true')));
  });

  it('keeps malformed input', () => {
    expect(kinds("1 # 'open")).toEqual(['number:1', 'invalid:#', "string:'open"]);
    expect(tokenize(5 as never)).toEqual([]);
  });
});

describe('complete', () => {
  it('offers fields, functions and keywords for a word', () => {
    const labels = complete('SU', 2, fields).map((item) => item.label);

    expect(labels).toEqual(['SUM', 'SUBSTRING', 'SUMIF']);
    expect(complete('SU', 2, fields)[0]).toMatchObject({ kind: 'function', detail: 'SUM(...values: any) → number', apply: 'SUM(', from: 0, to: 2 });
  });

  it('offers fields with their types', () => {
    expect(complete('${amount} + re', 14, fields).filter((item) => item.kind === 'field')).toEqual([
      { label: '${region}', kind: 'field', detail: 'string', apply: '${region}', from: 12, to: 14 },
      { label: '${record}', kind: 'field', detail: '{ amount: number, owner: { name: string } }', apply: '${record}', from: 12, to: 14 },
    ]);
    expect(complete('', 0, fields).length).toBeGreaterThan(40);
    expect(complete('${', 2, fields).map((item) => item.label)).toEqual(['amount', 'region', 'record', 'lineItems']);
  });

  it('offers properties inside a path and after a field', () => {
    expect(complete('${record.ow', 11, fields)).toEqual([{ label: 'owner', kind: 'property', detail: '{ name: string }', apply: 'owner', from: 9, to: 11 }]);
    expect(complete('${record.owner.', 15, fields).map((item) => item.label)).toEqual(['name']);
    expect(complete('${lineItems}.', 13, fields).map((item) => `${item.label}: ${item.detail}`)).toEqual(['amount: decimal', 'sku: string']);
    expect(complete('${nope}.', 8, fields)).toEqual([]);
  });

  it('offers nothing inside a text', () => {
    expect(complete("'SU", 3, fields)).toEqual([]);
    expect(complete("'SU' + SU", 9, fields).length).toBe(3);
    expect(complete(7 as never, 0)).toEqual([]);
  });

  it('offers keywords', () => {
    expect(complete('${a} NOT E', 10).map((item) => item.label)).toEqual(['EMPTY']);
    expect(complete('${a} co', 7).find((item) => item.kind === 'keyword')).toMatchObject({ label: 'CONTAINS', kind: 'keyword', detail: 'a CONTAINS b' });
  });
});

describe('hover', () => {
  it('documents functions, operators and fields', () => {
    expect(hover('ROUND(${amount}, 2)', 2)?.markdown).toContain('`ROUND(x: number, digits?: number) → number`');
    expect(hover('ROUND(${amount}, 2)', 2)).toMatchObject({ from: 0, to: 5 });
    expect(hover("${tags} CONTAINS 'x'", 9)?.markdown).toContain('Text contains text');
    expect(hover('${a} NOT IN [1]', 6)?.markdown).toContain('The negation of IN');
    expect(hover('${a} NOT IN [1]', 9)?.markdown).toContain('The negation of IN');
    expect(hover('${a} NOT EMPTY', 10)?.markdown).toContain('The negation of EMPTY');
    expect(hover('${a} ? 1 : 2', 9)?.markdown).toContain('test ? a : b');
    expect(hover('${record.owner.name}', 16, fields)).toEqual({ from: 2, to: 19, markdown: '`${record.owner.name}`: string' });
    expect(hover('${zzz}', 3, fields)?.markdown).toBe('`${zzz}`: unknown field');
  });

  it('returns null where there is nothing to say', () => {
    expect(hover('1 + 2', 0)).toBeNull();
    expect(hover('NOPE(1)', 1)).toBeNull();
    expect(hover('1', 5)).toBeNull();
    expect(hover(null as never, 0)).toBeNull();
  });
});
