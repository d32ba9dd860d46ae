import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '@flowforge/contracts';
import { locatePointer, locateProblems } from './cell-problems';

const table: DecisionTable = {
  hitPolicy: 'unique', aggregation: null,
  inputs: [
    { id: 'amount', label: 'Amount', expression: 'amount', type: 'number', allowedValues: null },
    { id: 'tier', label: '', expression: 'customer.tier', type: 'string', allowedValues: null },
  ],
  outputs: [{ id: 'discount', name: 'discount', label: '', type: 'number', allowedValues: [], defaultValue: null }],
  rules: [{ id: 'r1', inputEntries: ['>', '-'], outputEntries: ['0.1'], annotation: '', priority: null, validFrom: null, validTo: null, overrideIds: [] }],
};

describe('locatePointer', () => {
  it('names the rule (from 1) and the column of a cell', () => {
    expect(locatePointer(table, '/rules/0/inputEntries/0')).toEqual({ kind: 'rule', rule: 1, column: 'Amount' });
    expect(locatePointer(table, '/table/rules/0/inputEntries/1')).toEqual({ kind: 'rule', rule: 1, column: 'customer.tier' });
    expect(locatePointer(table, '/rules/0/outputEntries/0')).toEqual({ kind: 'rule', rule: 1, column: 'discount' });
    expect(locatePointer(table, '/rules/4/validFrom')).toEqual({ kind: 'rule', rule: 5, column: 'validFrom' });
  });

  it('names columns and falls back to the table', () => {
    expect(locatePointer(table, '/inputs/1/allowedValues')).toEqual({ kind: 'input', column: 'customer.tier' });
    expect(locatePointer(table, '/outputs/0/defaultValue')).toEqual({ kind: 'output', column: 'discount' });
    expect(locatePointer(table, '/outputs/7')).toEqual({ kind: 'output', column: '8' });
    expect(locatePointer(table, '/rules/x')).toEqual({ kind: 'table' });
    expect(locatePointer(table, '')).toEqual({ kind: 'table' });
  });
});

describe('locateProblems', () => {
  it('keeps each message with its place', () => {
    expect(locateProblems(table, [{ pointer: '/table/rules/0/inputEntries/0', message: 'The test ends too early.' }])).toEqual([
      { pointer: '/table/rules/0/inputEntries/0', message: 'The test ends too early.', location: { kind: 'rule', rule: 1, column: 'Amount' } },
    ]);
  });
});
