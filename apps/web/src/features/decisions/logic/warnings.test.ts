import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '@flowforge/contracts';
import { describeWarning } from './warnings';

const rule = (id: string) => ({ id, inputEntries: ['-'], outputEntries: ['1'], annotation: '', priority: null, validFrom: null, validTo: null, overrideIds: [] });
const table: DecisionTable = {
  hitPolicy: 'unique', aggregation: null,
  inputs: [{ id: 'i1', label: 'Amount', expression: 'amount', type: 'number', allowedValues: null }, { id: 'i2', label: '', expression: 'tier', type: 'string', allowedValues: null }],
  outputs: [{ id: 'o1', name: 'x', label: '', type: 'any', allowedValues: [], defaultValue: null }],
  rules: [rule('a'), rule('b'), rule('c')],
};

describe('describeWarning', () => {
  it('turns rule ids into numbers and witness columns into labels', () => {
    const described = describeWarning(table, { kind: 'overlap', ruleIds: ['c', 'a', 'gone'], message: 'm', witness: { i1: '100', i2: '"gold"' }, pointer: null });

    expect(described).toEqual({ rules: [1, 3], witness: [{ column: 'Amount', value: '100' }, { column: 'tier', value: '"gold"' }] });
  });

  it('handles a gap without rules or witness', () => {
    expect(describeWarning(table, { kind: 'gap', ruleIds: [], message: 'm', witness: null, pointer: null })).toEqual({ rules: [], witness: [] });
  });
});
