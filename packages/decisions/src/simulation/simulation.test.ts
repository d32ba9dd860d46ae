import { describe, expect, it } from 'vitest';
import type { DecisionTableInput } from '@flowforge/contracts';
import { CompareReportSchema, TestReportSchema } from '@flowforge/contracts';
import { compileTable } from '../table/compile-table.ts';
import { evaluateTable } from '../table/evaluate-table.ts';
import { compareOutcomes } from './compare-outcomes.ts';
import type { Evaluator } from './evaluator.ts';
import { runScenarios } from './run-scenarios.ts';

function evaluator(rules: DecisionTableInput['rules'], hitPolicy: DecisionTableInput['hitPolicy'] = 'first'): Evaluator {
  const compiled = compileTable({
    hitPolicy,
    inputs: [{ id: 'amount', label: 'Amount', expression: 'amount', type: 'number' }],
    outputs: [{ id: 'level', name: 'level' }, { id: 'fee', name: 'fee' }],
    rules,
  });
  return (inputs) => evaluateTable(compiled, inputs);
}

const v1 = evaluator([
  { id: 'small', inputEntries: ['< 1000'], outputEntries: ['"auto"', '0'] },
  { id: 'big', inputEntries: ['>= 1000'], outputEntries: ['"manager"', 'amount * 0.01'] },
]);

describe('runScenarios', () => {
  it('passes matching results (deep, numbers exact) and fails the rest', () => {
    const report = runScenarios(v1, [
      { name: 'small', inputs: { amount: 10 }, expected: { level: 'auto', fee: 0 } },
      { inputs: { amount: 2000 }, expected: { level: 'manager', fee: 20 } },
      { name: 'wrong fee', inputs: { amount: 3000 }, expected: { level: 'manager', fee: 31 } },
      { name: 'missing field', inputs: { amount: 10 }, expected: { level: 'auto' } },
    ]);
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(2);
    expect(report.results.map((r) => [r.name, r.passed])).toEqual([['small', true], ['Scenario 2', true], ['wrong fee', false], ['missing field', false]]);
    expect(report.results[2]).toMatchObject({ actual: { level: 'manager', fee: 30 }, expected: { level: 'manager', fee: 31 }, matchedRules: [{ id: 'big', index: 1 }], error: null });
    expect(() => TestReportSchema.parse({ ...report, version: 1 })).not.toThrow();
  });

  it('turns an evaluation error into a failed scenario', () => {
    const unique = evaluator([
      { id: 'a', inputEntries: ['< 10'], outputEntries: ['"x"', '1'] },
      { id: 'b', inputEntries: ['< 20'], outputEntries: ['"y"', '2'] },
    ], 'unique');
    const report = runScenarios(unique, [{ name: 'clash', inputs: { amount: 5 }, expected: null }, { name: 'nothing', inputs: { amount: 50 }, expected: null }]);
    expect(report.results[0]).toMatchObject({ passed: false, actual: null, matchedRules: [], error: expect.stringMatching(/UNIQUE.*a, b/) });
    expect(report.results[1]).toMatchObject({ passed: true, actual: null, error: null });
  });
});

describe('compareOutcomes', () => {
  it('lists every input whose outcome changed, errors included', () => {
    const v2 = evaluator([
      { id: 'small', inputEntries: ['< 500'], outputEntries: ['"auto"', '0'] },
      { id: 'big', inputEntries: ['>= 500'], outputEntries: ['"manager"', 'amount * 0.01'] },
    ]);
    const failing: Evaluator = (inputs) => {
      if (inputs['amount'] === 7) throw new Error('boom');
      return v1(inputs);
    };
    const report = compareOutcomes(v1, v2, [{ amount: 10 }, { amount: 700 }, { amount: 5000 }]);
    expect(report).toEqual({ compared: 3, changed: [{ index: 1, inputs: { amount: 700 }, before: { level: 'auto', fee: 0 }, after: { level: 'manager', fee: 7 } }] });
    expect(compareOutcomes(v1, failing, [{ amount: 7 }, { amount: 8 }]).changed).toEqual([{ index: 0, inputs: { amount: 7 }, before: { level: 'auto', fee: 0 }, after: { error: 'boom' } }]);
    expect(() => CompareReportSchema.parse(report)).not.toThrow();
  });
});
