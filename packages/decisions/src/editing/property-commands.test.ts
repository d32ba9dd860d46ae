import { describe, expect, it } from 'vitest';
import { applyCommand, applyWithInverse } from './apply-command.ts';
import { sampleTable } from './testing/sample-table.ts';

describe('setCell', () => {
  it('sets an input entry, an output entry and an annotation', () => {
    let table = applyCommand(sampleTable(), { type: 'setCell', ruleId: 'r2', cell: { kind: 'input', columnId: 'in2' }, text: '"US"' });
    table = applyCommand(table, { type: 'setCell', ruleId: 'r2', cell: { kind: 'output', columnId: 'out2' }, text: 'amount * 0.1' });
    table = applyCommand(table, { type: 'setCell', ruleId: 'r2', cell: { kind: 'annotation' }, text: 'EU only' });

    expect(table.rules[1]).toMatchObject({ inputEntries: ['[1000..5000]', '"US"'], outputEntries: ['"high"', 'amount * 0.1'], annotation: 'EU only' });
  });

  it('leaves the other rules untouched (same objects)', () => {
    const before = sampleTable();
    const after = applyCommand(before, { type: 'setCell', ruleId: 'r2', cell: { kind: 'annotation' }, text: 'x' });

    expect(after.rules[0]).toBe(before.rules[0]);
    expect(after.rules[2]).toBe(before.rules[2]);
    expect(after.inputs).toBe(before.inputs);
  });

  it('is undone by setting the previous text', () => {
    const { inverse } = applyWithInverse(sampleTable(), { type: 'setCell', ruleId: 'r1', cell: { kind: 'output', columnId: 'out1' }, text: '"mid"' });

    expect(inverse).toEqual({ type: 'setCell', ruleId: 'r1', cell: { kind: 'output', columnId: 'out1' }, text: '"low"' });
  });

  it('refuses unknown rules and columns', () => {
    expect(() => applyCommand(sampleTable(), { type: 'setCell', ruleId: 'r9', cell: { kind: 'annotation' }, text: '' })).toThrow(/no rule/);
    expect(() => applyCommand(sampleTable(), { type: 'setCell', ruleId: 'r1', cell: { kind: 'output', columnId: 'in1' }, text: '' })).toThrow(/no output column/);
  });
});

describe('setColumn', () => {
  it('sets input properties without touching the entries', () => {
    const before = sampleTable();
    const table = applyCommand(before, {
      type: 'setColumn', kind: 'input', columnId: 'in2',
      patch: { label: 'Customer region', expression: 'region', type: 'any', allowedValues: null },
    });

    expect(table.inputs[1]).toEqual({ id: 'in2', label: 'Customer region', expression: 'region', type: 'any', allowedValues: null });
    expect(table.rules).toBe(before.rules);
  });

  it('sets output properties and is undone with the replaced values only', () => {
    const { table, inverse } = applyWithInverse(sampleTable(), {
      type: 'setColumn', kind: 'output', columnId: 'out2', patch: { name: 'charge', allowedValues: ['1', '2'], defaultValue: null },
    });

    expect(table.outputs[1]).toMatchObject({ name: 'charge', allowedValues: ['1', '2'], defaultValue: null, label: '' });
    expect(inverse).toEqual({ type: 'setColumn', kind: 'output', columnId: 'out2', patch: { name: 'fee', allowedValues: [], defaultValue: '0' } });
  });
});

describe('setHitPolicy', () => {
  it('keeps the aggregation with collect', () => {
    const table = applyCommand(sampleTable(), { type: 'setHitPolicy', hitPolicy: 'collect', aggregation: 'max' });

    expect([table.hitPolicy, table.aggregation]).toEqual(['collect', 'max']);
  });

  it('clears the aggregation for every other hit policy', () => {
    for (const hitPolicy of ['unique', 'any', 'priority', 'first', 'all', 'output_order'] as const) {
      const table = applyCommand(sampleTable(), { type: 'setHitPolicy', hitPolicy, aggregation: 'sum' });

      expect([table.hitPolicy, table.aggregation]).toEqual([hitPolicy, null]);
    }
  });

  it('is undone with the previous hit policy and aggregation', () => {
    const { inverse } = applyWithInverse(sampleTable(), { type: 'setHitPolicy', hitPolicy: 'first' });

    expect(inverse).toEqual({ type: 'setHitPolicy', hitPolicy: 'collect', aggregation: 'sum' });
  });
});
