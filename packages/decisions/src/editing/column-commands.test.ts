import { describe, expect, it } from 'vitest';
import { DECISION_COLUMNS_MAX, type DecisionTable } from '@flowforge/contracts';
import { applyCommand, applyWithInverse } from './apply-command.ts';
import { entriesOf, sampleTable } from './testing/sample-table.ts';

const inputIds = (table: DecisionTable) => table.inputs.map((input) => input.id);
const outputIds = (table: DecisionTable) => table.outputs.map((output) => output.id);

describe('addColumn', () => {
  it('inserts an input column and a `-` entry in every rule at the same position', () => {
    const table = applyCommand(sampleTable(), { type: 'addColumn', kind: 'input', index: 1 });

    expect(inputIds(table)).toEqual(['in1', 'in3', 'in2']);
    expect(table.inputs[1]).toEqual({ id: 'in3', label: '', expression: 'input3', type: 'any', allowedValues: null });
    expect(table.rules.map((rule) => rule.inputEntries)).toEqual([
      ['< 1000', '-', '-'], ['[1000..5000]', '-', '"EU"'], ['>= 1000', '-', '-'],
    ]);
  });

  it('inserts an output column with a unique name and empty entries', () => {
    const table = applyCommand(sampleTable(), { type: 'addColumn', kind: 'output', index: 2 });

    expect(table.outputs[2]).toMatchObject({ id: 'out3', name: 'output3', allowedValues: [], defaultValue: null });
    expect(table.rules.map((rule) => rule.outputEntries[2])).toEqual(['', '', '']);
  });

  it('uses the given column and entries', () => {
    const column = { id: 'tier', label: 'Tier', expression: 'tier', type: 'string' as const, allowedValues: null };
    const table = applyCommand(sampleTable(), { type: 'addColumn', kind: 'input', index: 0, column, entries: ['"a"', '"b"', '"c"'] });

    expect(table.rules.map((rule) => rule.inputEntries[0])).toEqual(['"a"', '"b"', '"c"']);
  });

  it('refuses entries that do not match the rules, taken ids and too many columns', () => {
    const column = { id: 'in1', label: '', expression: 'x', type: 'any' as const, allowedValues: null };

    expect(() => applyCommand(sampleTable(), { type: 'addColumn', kind: 'input', index: 0, entries: ['-'] })).toThrow(expect.objectContaining({ code: 'misaligned' }));
    expect(() => applyCommand(sampleTable(), { type: 'addColumn', kind: 'input', index: 0, column })).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    expect(() => applyCommand(sampleTable(), { type: 'addColumn', kind: 'output', index: 3 })).toThrow(expect.objectContaining({ code: 'out-of-range' }));
    const base = sampleTable();
    const wide = { ...base, inputs: Array.from({ length: DECISION_COLUMNS_MAX }, (_, i) => ({ ...column, id: `c${i}` })) };
    expect(() => applyCommand(wide, { type: 'addColumn', kind: 'input', index: 0 })).toThrow(expect.objectContaining({ code: 'limit' }));
  });

  it('works on a table without rules', () => {
    const table = applyCommand({ ...sampleTable(), rules: [] }, { type: 'addColumn', kind: 'input', index: 2 });

    expect(inputIds(table)).toEqual(['in1', 'in2', 'in3']);
  });
});

describe('deleteColumn', () => {
  it('removes an input column and its entry from every rule', () => {
    const table = applyCommand(sampleTable(), { type: 'deleteColumn', kind: 'input', columnId: 'in1' });

    expect(inputIds(table)).toEqual(['in2']);
    expect(table.rules.map((rule) => rule.inputEntries)).toEqual([['-'], ['"EU"'], ['-']]);
  });

  it('removes an output column and is undone with the column and its entries', () => {
    const { table, inverse } = applyWithInverse(sampleTable(), { type: 'deleteColumn', kind: 'output', columnId: 'out1' });

    expect(outputIds(table)).toEqual(['out2']);
    expect(table.rules.map((rule) => rule.outputEntries)).toEqual([['1'], ['2'], ['3']]);
    expect(applyCommand(table, inverse)).toEqual(sampleTable());
  });

  it('keeps the last output column', () => {
    const one = applyCommand(sampleTable(), { type: 'deleteColumn', kind: 'output', columnId: 'out2' });

    expect(() => applyCommand(one, { type: 'deleteColumn', kind: 'output', columnId: 'out1' })).toThrow(expect.objectContaining({ code: 'last-output' }));
  });

  it('may remove every input column', () => {
    const none = applyCommand(sampleTable(), { type: 'batch', commands: [
      { type: 'deleteColumn', kind: 'input', columnId: 'in1' }, { type: 'deleteColumn', kind: 'input', columnId: 'in2' },
    ] });

    expect(none.inputs).toEqual([]);
    expect(none.rules.every((rule) => rule.inputEntries.length === 0)).toBe(true);
  });

  it('refuses an unknown column or the wrong kind', () => {
    expect(() => applyCommand(sampleTable(), { type: 'deleteColumn', kind: 'input', columnId: 'out1' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('moveColumn', () => {
  it('moves the column and every rule entry with it', () => {
    const table = applyCommand(sampleTable(), { type: 'moveColumn', kind: 'output', columnId: 'out2', toIndex: 0 });

    expect(outputIds(table)).toEqual(['out2', 'out1']);
    expect(table.rules.map((rule) => rule.outputEntries)).toEqual([['1', '"low"'], ['2', '"high"'], ['3', '"high"']]);
    expect(table.rules.map((rule) => rule.inputEntries)).toEqual(sampleTable().rules.map((rule) => rule.inputEntries));
  });

  it('refuses a position past the last column', () => {
    expect(() => applyCommand(sampleTable(), { type: 'moveColumn', kind: 'input', columnId: 'in1', toIndex: 2 })).toThrow(/outside/);
  });
});

describe('duplicateColumn', () => {
  it('copies an input column and its entries right after it', () => {
    const table = applyCommand(sampleTable(), { type: 'duplicateColumn', kind: 'input', columnId: 'in2' });

    expect(inputIds(table)).toEqual(['in1', 'in2', 'in3']);
    expect(table.inputs[2]).toEqual({ ...sampleTable().inputs[1], id: 'in3' });
    expect(table.rules.map((rule) => rule.inputEntries.slice(1))).toEqual([['-', '-'], ['"EU"', '"EU"'], ['-', '-']]);
  });

  it('gives a copied output a new id and a unique name', () => {
    const once = applyCommand(sampleTable(), { type: 'duplicateColumn', kind: 'output', columnId: 'out1' });
    const twice = applyCommand(once, { type: 'duplicateColumn', kind: 'output', columnId: 'out1' });

    expect(twice.outputs.map((output) => [output.id, output.name])).toEqual([['out1', 'level'], ['out4', 'level_3'], ['out3', 'level_2'], ['out2', 'fee']]);
    expect(entriesOf(twice)[0]?.[1]).toEqual(['"low"', '"low"', '"low"', '1']);
  });
});
