import fc from 'fast-check';
import { date, duration } from 'feelin';
import { describe, expect, it } from 'vitest';
import { compileUnaryTests } from '../feel/compile.ts';
import { compileTable } from '../table/compile-table.ts';
import { evaluateTable } from '../table/evaluate-table.ts';
import { analyseUnaryTests } from './analyse-unary-tests.ts';
import { hasBit } from './bitset.ts';
import type { Condition } from './condition.ts';
import { buildRuleIndex, rulesAccepting } from './rule-index.ts';

/** The index must give, for every value, exactly the rules whose compiled entry accepts it. */

const n = fc.integer({ min: -3, max: 12 }).map((k) => k / 2);
const s = fc.constantFrom('', 'a', 'ab', 'b', 'c');
const d = fc.constantFrom('2024-01-01', '2024-01-02', '2024-03-01');
const literal = fc.oneof(n.map(String), s.map((v) => JSON.stringify(v)), d.map((v) => `date("${v}")`), fc.constantFrom('true', 'false', 'null'));
const ordered = fc.oneof(n.map(String), s.map((v) => JSON.stringify(v)), d.map((v) => `@"${v}"`));
const atom = fc.oneof(
  literal,
  fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '!='), ordered).map(([op, v]) => `${op} ${v}`),
  fc.tuple(fc.constantFrom('[', '('), n, n, fc.constantFrom(']', ')')).map(([o, a, b, c]) => `${o}${a}..${b}${c}`),
  fc.tuple(fc.constantFrom('[', ']'), s, s, fc.constantFrom(']', '[')).map(([o, a, b, c]) => `${o}"${a}".."${b}"${c}`),
);
const cell = fc.oneof(
  fc.constant('-'),
  fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join(', ')),
  fc.array(atom, { minLength: 1, maxLength: 2 }).map((atoms) => `not(${atoms.join(', ')})`),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  n, n.map((v) => v + 0.25), s, s.map((v) => `${v}a`), d.map((v) => date(v)), fc.constantFrom(true, false, null, undefined, Number.NaN),
  fc.constantFrom([1], ['a'], { a: 1 }, duration('P1D')),
);

describe('rule index', () => {
  it('gives exactly the rules whose compiled entry accepts the value', () => {
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.array(value, { minLength: 1, maxLength: 10 }), (cells, values) => {
      const index = buildRuleIndex(cells.map((text) => [analyseUnaryTests(text) as Condition]), cells.map(() => [false]));
      const column = index?.columns[0];
      if (!column) throw new Error('a column of analysable entries is indexed');
      const tests = cells.map((text) => compileUnaryTests(text, []));
      for (const v of values) {
        const rules = rulesAccepting(column, v);
        if (rules === null) continue;
        cells.forEach((text, r) => expect(hasBit(rules, r), `${text} with ${String(v)}`).toBe(tests[r]?.(v, {})));
      }
    }), { numRuns: 500 });
  }, 60_000);

  it('leaves values of other types, NaN and unanalysable columns to the tests', () => {
    const column = buildRuleIndex([[analyseUnaryTests('[1..5]')]], [[false]])?.columns[0];
    if (!column) throw new Error('indexed');
    for (const v of [[3], { a: 1 }, duration('P1D'), Number.NaN]) expect(rulesAccepting(column, v)).toBeNull();
    expect(buildRuleIndex([[null], [analyseUnaryTests('1')]], [[false], [false]])).toBeNull();
    expect(buildRuleIndex([[analyseUnaryTests('-')]], [[true]])).toBeNull();
  });

  it('evaluates tables exactly as testing every rule does', () => {
    const table = fc.array(fc.tuple(cell, cell, fc.constantFrom('-', '> limit', '< limit'), fc.boolean()), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(table, fc.array(fc.tuple(value, value, n), { minLength: 1, maxLength: 6 }), (rows, inputs) => {
      const compiled = compileTable({
        hitPolicy: 'all',
        inputs: [{ id: 'x', label: 'x', expression: 'x' }, { id: 'y', label: 'y', expression: 'y' }, { id: 'z', label: 'z', expression: 'z', type: 'number' }],
        outputs: [{ id: 'o', name: 'o' }],
        rules: rows.map(([a, b, c, dated], r) => ({ id: `r${r}`, inputEntries: [a, b, c], outputEntries: [String(r)], validFrom: dated ? '2026-01-01' : null })),
      });
      for (const [x, y, z] of inputs) {
        const scope = { x, y, z, limit: 2 };
        const expected = rows.flatMap(([a, b, c, dated], r) => {
          const pass = !dated && [a, b, c].every((text, i) => compileUnaryTests(text, Object.keys(scope))([x, y, z][i], scope));
          return pass ? [`r${r}`] : [];
        });
        expect(evaluateTable(compiled, scope, { at: '2025-06-01' }).matchedRules.map((rule) => rule.id)).toEqual(expected);
      }
    }), { numRuns: 300 });
  }, 60_000);
});
