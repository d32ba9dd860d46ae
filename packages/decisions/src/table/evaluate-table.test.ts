import { describe, expect, it } from 'vitest';
import type { DecisionTableInput } from '@flowforge/contracts';
import { compileTable, TableCompileError } from './compile-table.ts';
import { DecisionEvaluationError, evaluateTable } from './evaluate-table.ts';

function table(overrides: Partial<DecisionTableInput>): DecisionTableInput {
  return {
    hitPolicy: 'first',
    inputs: [{ id: 'amount', label: 'Amount', expression: 'amount', type: 'number' }, { id: 'region', label: 'Region', expression: 'customer.region', type: 'string' }],
    outputs: [{ id: 'level', name: 'level', type: 'string' }],
    rules: [
      { id: 'r1', inputEntries: ['< 1000', '-'], outputEntries: ['"auto"'] },
      { id: 'r2', inputEntries: ['[1000..5000]', '"EU","US"'], outputEntries: ['"manager"'] },
      { id: 'r3', inputEntries: ['>= 1000', '-'], outputEntries: ['"director"'] },
    ],
    ...overrides,
  };
}

const run = (t: DecisionTableInput, inputs: Record<string, unknown>, at?: string) => evaluateTable(compileTable(t), inputs, at ? { at } : {});

describe('evaluateTable', () => {
  it('FIRST returns the first matching rule and reports all matches', () => {
    const out = run(table({}), { amount: 2000, customer: { region: 'EU' } });
    expect(out.result).toBe('manager');
    expect(out.matchedRules).toEqual([{ id: 'r2', index: 1 }, { id: 'r3', index: 2 }]);
    expect(out.selectedRules).toEqual([{ id: 'r2', index: 1 }]);
  });

  it('UNIQUE names the rules when more than one matches', () => {
    expect(() => run(table({ hitPolicy: 'unique' }), { amount: 2000, customer: { region: 'EU' } })).toThrow(/r2, r3/);
    expect(run(table({ hitPolicy: 'unique' }), { amount: 10, customer: {} }).result).toBe('auto');
  });

  it('ANY accepts agreeing matches and refuses disagreeing ones', () => {
    const t = table({ hitPolicy: 'any' });
    expect(() => run(t, { amount: 2000, customer: { region: 'EU' } })).toThrow(DecisionEvaluationError);
    expect(run(t, { amount: 9000, customer: { region: 'EU' } }).result).toBe('director');
  });

  it('PRIORITY and OUTPUT ORDER use the output value order, then rule priority', () => {
    const outputs = [{ id: 'level', name: 'level', type: 'string' as const, allowedValues: ['"director"', '"manager"', '"auto"'] }];
    expect(run(table({ hitPolicy: 'priority', outputs }), { amount: 2000, customer: { region: 'EU' } }).result).toBe('director');
    expect(run(table({ hitPolicy: 'output_order', outputs }), { amount: 2000, customer: { region: 'EU' } }).result).toEqual(['director', 'manager']);
    const prioritized = table({ hitPolicy: 'priority', rules: [
      { id: 'a', inputEntries: ['-', '-'], outputEntries: ['"low"'], priority: 1 },
      { id: 'b', inputEntries: ['-', '-'], outputEntries: ['"high"'], priority: 5 },
    ] });
    expect(run(prioritized, { amount: 1, customer: {} }).result).toBe('high');
  });

  it('collects in rule order, and aggregates', () => {
    const outputs = [{ id: 'n', name: 'n', type: 'number' as const }];
    const rules = [
      { id: 'a', inputEntries: ['> 1', '-'], outputEntries: ['10'] },
      { id: 'b', inputEntries: ['> 2', '-'], outputEntries: ['20'] },
      { id: 'c', inputEntries: ['> 3', '-'], outputEntries: ['10'] },
    ];
    expect(run(table({ hitPolicy: 'all', outputs, rules }), { amount: 5, customer: {} }).result).toEqual([10, 20, 10]);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'sum', outputs, rules }), { amount: 5, customer: {} }).result).toBe(40);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'min', outputs, rules }), { amount: 5, customer: {} }).result).toBe(10);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'max', outputs, rules }), { amount: 5, customer: {} }).result).toBe(20);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'count', outputs, rules }), { amount: 5, customer: {} }).result).toBe(2);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'count', outputs, rules }), { amount: 0, customer: {} }).result).toBe(0);
  });

  it('builds a context for several outputs and computes expressions over the inputs', () => {
    const t = table({
      outputs: [{ id: 'level', name: 'level' }, { id: 'fee', name: 'fee', type: 'number' }],
      rules: [{ id: 'r1', inputEntries: ['-', '-'], outputEntries: ['"x"', 'amount * 0.1'] }],
    });
    expect(run(t, { amount: 200, customer: {} }).result).toEqual({ level: 'x', fee: 20 });
  });

  it('applies effective dates and overrides', () => {
    const t = table({ hitPolicy: 'all', rules: [
      { id: 'old', inputEntries: ['-', '-'], outputEntries: ['"old"'], validTo: '2026-06-30' },
      { id: 'new', inputEntries: ['-', '-'], outputEntries: ['"new"'], validFrom: '2026-07-01' },
      { id: 'base', inputEntries: ['-', '-'], outputEntries: ['"base"'] },
      { id: 'special', inputEntries: ['> 100', '-'], outputEntries: ['"special"'], overrideIds: ['base'] },
    ] });
    expect(run(t, { amount: 1, customer: {} }, '2026-05-01').result).toEqual(['old', 'base']);
    expect(run(t, { amount: 500, customer: {} }, '2026-08-01').result).toEqual(['new', 'special']);
  });

  it('uses default outputs when nothing matches', () => {
    const t = table({ outputs: [{ id: 'level', name: 'level', defaultValue: '"none"' }], rules: [] });
    expect(run(t, { amount: 1, customer: {} }).result).toBe('none');
    expect(run(table({ ...t, hitPolicy: 'all' }), { amount: 1, customer: {} }).result).toEqual(['none']);
  });

  it('gives an aggregation the default output when nothing matches (DMN TCK 0020)', () => {
    const outputs = [{ id: 'days', name: 'days', type: 'number' as const, defaultValue: '0' }];
    const rules = [{ id: 'r1', inputEntries: ['> 10', '-'], outputEntries: ['5'] }];
    expect(run(table({ hitPolicy: 'collect', aggregation: 'max', outputs, rules }), { amount: 1, customer: {} }).result).toBe(0);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'max', outputs, rules }), { amount: 11, customer: {} }).result).toBe(5);
    expect(run(table({ hitPolicy: 'collect', aggregation: 'max', outputs: [{ id: 'days', name: 'days' }], rules }), { amount: 1, customer: {} }).result).toBeNull();
  });

  it('refuses an input outside its allowed values', () => {
    const t = table({ inputs: [{ id: 'amount', label: 'Amount', expression: 'amount', allowedValues: '[0..10]' }, { id: 'region', label: 'Region', expression: 'region' }] });
    expect(() => run(t, { amount: 11, region: 'x' })).toThrow(expect.objectContaining({ code: 'input-not-allowed', pointer: '/inputs/0' }));
  });

  it('lists every invalid cell when compiling', () => {
    try {
      compileTable(table({ rules: [{ id: 'r1', inputEntries: ['< ', '"EU"'], outputEntries: ['"a" +'] }] }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TableCompileError);
      expect((error as TableCompileError).problems.map((p) => p.pointer)).toEqual(['/rules/0/inputEntries/0', '/rules/0/outputEntries/0']);
    }
  });

  it('handles names with spaces and dates', () => {
    const t = table({
      inputs: [{ id: 'd', label: 'Due', expression: 'Due Date', type: 'date' }],
      rules: [{ id: 'r1', inputEntries: ['< date("2026-01-01")'], outputEntries: ['"early"'] }, { id: 'r2', inputEntries: ['-'], outputEntries: ['"late"'] }],
    });
    expect(run(t, { 'Due Date': '2025-05-01' }).result).toBe('early');
    expect(run(t, { 'Due Date': '2026-05-01' }).result).toBe('late');
  });
});
