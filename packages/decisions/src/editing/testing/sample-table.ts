/**
 * Test support for the editing tests: a small table with two inputs, two outputs and three rules
 * (one overriding another), deep-frozen so that a command that mutates its argument fails loudly.
 */
import type { DecisionTable } from '@flowforge/contracts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function sampleTable(): DecisionTable {
  return deepFreeze({
    hitPolicy: 'collect',
    aggregation: 'sum',
    inputs: [
      { id: 'in1', label: 'Amount', expression: 'amount', type: 'number', allowedValues: null },
      { id: 'in2', label: 'Region', expression: 'customer.region', type: 'string', allowedValues: '"EU","US"' },
    ],
    outputs: [
      { id: 'out1', name: 'level', label: 'Level', type: 'string', allowedValues: ['"high"', '"low"'], defaultValue: null },
      { id: 'out2', name: 'fee', label: '', type: 'number', allowedValues: [], defaultValue: '0' },
    ],
    rules: [
      { id: 'r1', inputEntries: ['< 1000', '-'], outputEntries: ['"low"', '1'], annotation: 'small', priority: null, validFrom: null, validTo: null, overrideIds: [] },
      { id: 'r2', inputEntries: ['[1000..5000]', '"EU"'], outputEntries: ['"high"', '2'], annotation: '', priority: 3, validFrom: '2026-01-01', validTo: null, overrideIds: ['r3'] },
      { id: 'r3', inputEntries: ['>= 1000', '-'], outputEntries: ['"high"', '3'], annotation: 'big', priority: null, validFrom: null, validTo: null, overrideIds: [] },
    ],
  } satisfies DecisionTable);
}

/** The entries of every rule, as `[inputEntries, outputEntries]` per rule, for alignment checks. */
export function entriesOf(table: DecisionTable): [string[], string[]][] {
  return table.rules.map((rule) => [rule.inputEntries, rule.outputEntries]);
}
