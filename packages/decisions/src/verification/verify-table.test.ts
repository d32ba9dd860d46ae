import { evaluate } from 'feelin';
import { describe, expect, it } from 'vitest';
import type { DecisionInput, DecisionTable, DecisionTableInput, VerificationWarning } from '@flowforge/contracts';
import { DecisionTableSchema } from '@flowforge/contracts';
import { fromFeelValue } from '../feel/values.ts';
import { compileTable } from '../table/compile-table.ts';
import { evaluateTable } from '../table/evaluate-table.ts';
import { verifyTable } from './verify-table.ts';

type RuleSpec = { id: string; in: string[]; out?: string[]; priority?: number; validFrom?: string; validTo?: string; overrideIds?: string[] };

function table(hitPolicy: DecisionTable['hitPolicy'], inputs: Partial<DecisionInput>[], rules: RuleSpec[]): DecisionTable {
  return DecisionTableSchema.parse({
    hitPolicy,
    inputs: inputs.map((input, i) => ({ id: input.id ?? `c${i}`, label: input.label ?? input.id ?? `c${i}`, expression: input.expression ?? input.id ?? `c${i}`, ...input })),
    outputs: [{ id: 'out', name: 'out' }],
    rules: rules.map((rule) => ({ id: rule.id, inputEntries: rule.in, outputEntries: rule.out ?? [`"${rule.id}"`], priority: rule.priority ?? null, validFrom: rule.validFrom ?? null, validTo: rule.validTo ?? null, overrideIds: rule.overrideIds ?? [] })),
  });
}

const withOutputs = (t: DecisionTable, outputs: DecisionTableInput['outputs']) => DecisionTableSchema.parse({ ...t, outputs });

const amount = { id: 'amount', label: 'Amount', type: 'number' as const };
const region = { id: 'region', label: 'Region', type: 'string' as const };
const of = (warnings: VerificationWarning[], kind: VerificationWarning['kind']) => warnings.filter((w) => w.kind === kind);

/** Evaluates the witness (FEEL text per column) against the table with every match reported. */
function matchedAt(t: DecisionTable, witness: Record<string, string> | null, at?: string): string[] {
  const inputs: Record<string, unknown> = {};
  for (const input of t.inputs) inputs[input.expression] = witness?.[input.id] === undefined ? null : fromFeelValue(evaluate(witness[input.id] as string, {}).value);
  const all = compileTable({ ...t, hitPolicy: 'all', aggregation: null, outputs: t.outputs.map((o) => ({ ...o, allowedValues: [], defaultValue: null })) });
  return evaluateTable(all, inputs, at ? { at } : {}).matchedRules.map((rule) => rule.id);
}

describe('verifyTable', () => {
  it('reports every invalid cell as a syntax warning with its pointer and rule', () => {
    const warnings = verifyTable(table('first', [amount], [{ id: 'r1', in: ['< '] }, { id: 'r2', in: ['-'] }]));
    expect(of(warnings, 'syntax')).toEqual([expect.objectContaining({ pointer: '/rules/0/inputEntries/0', ruleIds: ['r1'], witness: null })]);
  });

  it('finds UNIQUE overlaps with a witness both rules match', () => {
    const t = table('unique', [amount, region], [
      { id: 'r1', in: ['< 1000', '-'] },
      { id: 'r2', in: ['[500..2000]', '"EU","US"'] },
      { id: 'r3', in: ['> 2000', '-'] },
    ]);
    const overlaps = of(verifyTable(t), 'overlap');
    expect(overlaps.map((w) => w.ruleIds)).toEqual([['r1', 'r2']]);
    expect(matchedAt(t, overlaps[0]?.witness ?? null)).toEqual(['r1', 'r2']);
    expect(overlaps[0]?.message).toMatch(/UNIQUE/);
  });

  it('reports ANY overlaps only when the outputs differ', () => {
    const t = table('any', [amount], [
      { id: 'a', in: ['< 10'], out: ['"x"'] },
      { id: 'b', in: ['< 20'], out: ['"x"'] },
      { id: 'c', in: ['[5..30]'], out: ['"y"'] },
    ]);
    expect(of(verifyTable(t), 'overlap').map((w) => w.ruleIds)).toEqual([['a', 'c'], ['b', 'c']]);
  });

  it('leaves overlaps alone for FIRST but finds rules earlier rules shadow together', () => {
    const t = table('first', [amount, region], [
      { id: 'low', in: ['< 10', '-'] },
      { id: 'high', in: ['>= 10', '"EU"'] },
      { id: 'dead', in: ['[5..20]', '"EU"'] },
      { id: 'alive', in: ['[5..20]', '-'] },
      { id: 'rest', in: ['-', '-'] },
    ]);
    const warnings = verifyTable(t);
    expect(of(warnings, 'overlap')).toEqual([]);
    expect(of(warnings, 'subsumed').map((w) => w.ruleIds)).toEqual([['dead', 'low', 'high']]);
    expect(matchedAt(t, of(warnings, 'subsumed')[0]?.witness ?? null)).toContain('dead');
    expect(of(warnings, 'gap')).toEqual([]);
  });

  it('finds gaps with a witness no rule matches, and none when there is a default output', () => {
    const t = table('first', [amount, region], [
      { id: 'r1', in: ['< 1000', '-'] },
      { id: 'r2', in: ['[1000..5000]', '"EU","US"'] },
      { id: 'r3', in: ['>= 1000', 'not("EU","US")'] },
    ]);
    const gaps = of(verifyTable(t), 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message).toContain('Amount > 5000 and Region in ("EU", "US")');
    expect(matchedAt(t, gaps[0]?.witness ?? null)).toEqual([]);
    const withDefault = { ...t, outputs: [{ ...t.outputs[0], id: 'out', name: 'out', defaultValue: '"none"' }] } as DecisionTable;
    expect(of(verifyTable(withDefault), 'gap')).toEqual([]);
  });

  it('uses allowed values and declared types as the domain', () => {
    const tier = { id: 'tier', type: 'string' as const, allowedValues: '"gold","silver"' };
    expect(of(verifyTable(table('unique', [tier], [{ id: 'g', in: ['"gold"'] }, { id: 's', in: ['"silver"'] }])), 'gap')).toEqual([]);
    const flag = { id: 'flag', type: 'boolean' as const };
    const gaps = of(verifyTable(table('unique', [flag], [{ id: 't', in: ['true'] }])), 'gap');
    expect(gaps.map((w) => w.witness)).toEqual([{ flag: 'false' }]);
  });

  it('reports a rule no value of its column type can match', () => {
    const warnings = verifyTable(table('first', [amount], [{ id: 'bad', in: ['"high"'] }, { id: 'rest', in: ['-'] }]));
    expect(of(warnings, 'subsumed')).toEqual([expect.objectContaining({ ruleIds: ['bad'], witness: null })]);
  });

  it('reports rules covered by another with the same outputs', () => {
    const t = table('collect', [amount], [
      { id: 'wide', in: ['[0..100]'], out: ['1'] },
      { id: 'narrow', in: ['[10..20]'], out: ['1'] },
      { id: 'other', in: ['[10..20]'], out: ['2'] },
    ]);
    const subsumed = of(verifyTable(t), 'subsumed');
    expect(subsumed.map((w) => w.ruleIds)).toEqual([['narrow', 'wide']]);
    expect(subsumed[0]?.message).toMatch(/twice/);
  });

  it('reports PRIORITY rules that always rank below a covering rule', () => {
    const outputs = [{ id: 'out', name: 'out', allowedValues: ['"high"', '"low"'] }];
    const t = withOutputs(table('priority', [amount], [
      { id: 'low', in: ['[10..20]'], out: ['"low"'] },
      { id: 'high', in: ['[0..100]'], out: ['"high"'] },
      { id: 'top', in: ['[50..60]'], out: ['"low"'], priority: 9 },
    ]), outputs);
    expect(of(verifyTable(t), 'subsumed').map((w) => w.ruleIds)).toEqual([['low', 'high'], ['top', 'high']]);
  });

  it('takes overrides and effective dates into account', () => {
    const t = table('unique', [amount], [
      { id: 'base', in: ['-'] },
      { id: 'special', in: ['> 100'], overrideIds: ['base'] },
      { id: 'old', in: ['< 0'], validTo: '2026-06-30' },
      { id: 'new', in: ['< 0'], validFrom: '2026-07-01' },
    ]);
    const warnings = verifyTable(t);
    const overlaps = of(warnings, 'overlap');
    expect(overlaps.map((w) => w.ruleIds)).toEqual([['base', 'old'], ['base', 'new']]);
    expect(overlaps[1]?.message).toMatch(/on 20\d\d-\d\d-\d\d/);
    const dead = table('all', [amount], [{ id: 'base', in: ['> 5'] }, { id: 'boss', in: ['-'], overrideIds: ['base'] }]);
    expect(of(verifyTable(dead), 'subsumed').map((w) => w.ruleIds)).toEqual([['base', 'boss']]);
    const dated = table('first', [amount], [{ id: 'from', in: ['-'], validFrom: '2026-01-01' }]);
    const gaps = of(verifyTable(dated), 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message).toContain('the evaluation date < date("2026-01-01")');
  });

  it('compares columns it cannot analyse as text, and says so', () => {
    const t = table('unique', [amount, { id: 'limit', type: 'number' }], [
      { id: 'a', in: ['< 10', '> minimum'] },
      { id: 'b', in: ['< 20', '> minimum'] },
      { id: 'c', in: ['< 30', '< maximum'] },
    ]);
    const overlaps = of(verifyTable(t), 'overlap');
    expect(overlaps.map((w) => w.ruleIds)).toEqual([['a', 'b']]);
    expect(overlaps[0]?.message).toMatch(/Column "limit" was not analysed/);
    expect(overlaps[0]?.witness).toEqual({ amount: expect.any(String) });
  });

  it('lists at most 100 warnings of a kind and says when there are more', () => {
    const same = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, in: ['-'] }));
    const overlaps = of(verifyTable(table('unique', [amount], same)), 'overlap');
    expect(overlaps).toHaveLength(101);
    expect(overlaps[100]).toEqual(expect.objectContaining({ ruleIds: [], witness: null, message: expect.stringMatching(/first 100 pairs/) }));
    const shadowed = of(verifyTable(table('first', [amount], Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, in: ['-'] })))), 'subsumed');
    expect(shadowed).toHaveLength(101);
    expect(shadowed[0]?.ruleIds).toEqual(['r1', 'r0']);
  });

  it('handles a table without rules and one with only "-" rules', () => {
    expect(of(verifyTable(table('first', [amount], [])), 'gap').map((w) => w.message)).toEqual(['No rule matches any input.']);
    expect(verifyTable(table('first', [amount], [{ id: 'r', in: ['-'] }]))).toEqual([]);
  });
});
