import fc from 'fast-check';
import { evaluate } from 'feelin';
import { describe, expect, it } from 'vitest';
import { DecisionTableSchema, type DecisionTable, type VerificationWarning } from '@flowforge/contracts';
import { fromFeelValue } from '../feel/values.ts';
import { compileTable } from '../table/compile-table.ts';
import { evaluateTable } from '../table/evaluate-table.ts';
import { verifyTable } from './verify-table.ts';

/**
 * Verification against brute force on small random tables (a number and a string column): every
 * elementary region of the inputs is represented in the candidate values below, so evaluating all
 * their combinations finds every overlap and gap there is. Witnesses must be real and nothing may
 * be missed.
 */

const K = fc.integer({ min: 0, max: 8 });
const numberCell = fc.oneof(
  fc.constant('-'),
  fc.tuple(fc.constantFrom('<', '<=', '>', '>='), K).map(([op, k]) => `${op} ${k}`),
  fc.tuple(fc.constantFrom('[', '('), K, K, fc.constantFrom(']', ')')).map(([o, a, b, c]) => `${o}${Math.min(a, b)}..${Math.max(a, b)}${c}`),
  K.map(String),
  fc.tuple(K, K).map(([a, b]) => `${a}, ${b}`),
  fc.tuple(K, K).map(([a, b]) => `not([${Math.min(a, b)}..${Math.max(a, b)}])`),
);
const LETTERS = ['a', 'b', 'c'];
const stringCell = fc.oneof(
  fc.constant('-'),
  fc.constantFrom(...LETTERS).map((s) => `"${s}"`),
  fc.subarray(LETTERS, { minLength: 1 }).map((list) => list.map((s) => `"${s}"`).join(',')),
  fc.subarray(LETTERS, { minLength: 1 }).map((list) => `not(${list.map((s) => `"${s}"`).join(',')})`),
);
const rules = fc.array(fc.tuple(numberCell, stringCell), { minLength: 0, maxLength: 6 });

const NUMBERS = Array.from({ length: 21 }, (_, i) => i / 2 - 1);
const STRINGS = ['', 'a', 'aa', 'b', 'ba', 'c', 'ca', 'z'];

function tableOf(cells: [string, string][]): DecisionTable {
  return DecisionTableSchema.parse({
    hitPolicy: 'unique',
    inputs: [{ id: 'n', label: 'N', expression: 'n', type: 'number' }, { id: 's', label: 'S', expression: 's', type: 'string' }],
    outputs: [{ id: 'o', name: 'o' }],
    rules: cells.map(([n, s], i) => ({ id: `r${i}`, inputEntries: [n, s], outputEntries: [`${i}`] })),
  });
}

const compiledAll = new WeakMap<DecisionTable, ReturnType<typeof compileTable>>();

function matches(t: DecisionTable, inputs: Record<string, unknown>): string[] {
  let compiled = compiledAll.get(t);
  if (!compiled) {
    compiled = compileTable({ ...t, hitPolicy: 'all' });
    compiledAll.set(t, compiled);
  }
  return evaluateTable(compiled, inputs).matchedRules.map((rule) => rule.id);
}

function witnessInputs(witness: Record<string, string> | null): Record<string, unknown> {
  const inputs: Record<string, unknown> = { n: null, s: null };
  for (const [key, text] of Object.entries(witness ?? {})) inputs[key] = fromFeelValue(evaluate(text, {}).value);
  return inputs;
}

const kinds = (warnings: VerificationWarning[], kind: VerificationWarning['kind']) => warnings.filter((w) => w.kind === kind);

describe('verifyTable against brute force', () => {
  it('finds exactly the overlapping pairs and reports a gap exactly when one exists', () => {
    fc.assert(fc.property(rules, (cells) => {
      const t = tableOf(cells);
      const warnings = verifyTable(t);
      const pairs = new Set<string>();
      let uncovered = false;
      for (const n of NUMBERS) {
        for (const s of STRINGS) {
          const hit = matches(t, { n, s });
          if (hit.length === 0) uncovered = true;
          for (let i = 0; i < hit.length; i += 1) for (let j = i + 1; j < hit.length; j += 1) pairs.add(`${hit[i]},${hit[j]}`);
        }
      }
      const overlaps = kinds(warnings, 'overlap');
      expect(new Set(overlaps.map((w) => w.ruleIds.join(',')))).toEqual(pairs);
      for (const overlap of overlaps) expect(matches(t, witnessInputs(overlap.witness))).toEqual(expect.arrayContaining(overlap.ruleIds));
      const gaps = kinds(warnings, 'gap');
      expect(gaps.length > 0).toBe(uncovered);
      for (const gap of gaps) expect(matches(t, witnessInputs(gap.witness))).toEqual([]);
    }), { numRuns: 300 });
  }, 60_000);

  it('only calls a FIRST rule dead when no input selects it', () => {
    fc.assert(fc.property(rules, (cells) => {
      const t = { ...tableOf(cells), hitPolicy: 'first' as const };
      const dead = new Set(kinds(verifyTable(t), 'subsumed').map((w) => w.ruleIds[0]));
      const selected = new Set<string>();
      for (const n of NUMBERS) for (const s of STRINGS) selected.add(matches(t, { n, s })[0] ?? '');
      for (const rule of t.rules) expect(dead.has(rule.id)).toBe(!selected.has(rule.id));
    }), { numRuns: 300 });
  }, 60_000);
});
