import { describe, expect, it } from 'vitest';
import type { DecisionInput, VerificationWarning } from './decision-model';
import { hitPolicyCode } from './hit-policy-info';
import { arrangeWarnings, describeWitness, NO_WARNINGS } from './warnings';

const warning = (kind: VerificationWarning['kind'], ruleIds: string[]): VerificationWarning => ({ kind, ruleIds, message: `${kind} ${ruleIds.join()}`, witness: null, pointer: null });
const inputs: DecisionInput[] = [
  { id: 'in1', label: 'Amount', expression: 'amount', type: 'number', allowedValues: null },
  { id: 'in2', label: ' ', expression: 'customer.region', type: 'string', allowedValues: null },
];

describe('arrangeWarnings', () => {
  it('puts each warning on every rule it names and gaps apart', () => {
    const overlap = warning('overlap', ['r1', 'r3']);
    const subsumed = warning('subsumed', ['r3']);
    const gap = warning('gap', []);
    const arranged = arrangeWarnings([overlap, gap, subsumed]);

    expect(arranged.byRule.get('r1')).toEqual([overlap]);
    expect(arranged.byRule.get('r3')).toEqual([overlap, subsumed]);
    expect(arranged.byRule.has('r2')).toBe(false);
    expect(arranged.general).toEqual([gap]);
  });

  it('lists a warning once per rule even when it names the rule twice', () => {
    expect(arrangeWarnings([warning('overlap', ['r1', 'r1'])]).byRule.get('r1')).toHaveLength(1);
  });

  it('has nothing for no warnings', () => {
    expect(arrangeWarnings(undefined)).toBe(NO_WARNINGS);
    expect(arrangeWarnings([])).toBe(NO_WARNINGS);
  });
});

describe('describeWitness', () => {
  it('names inputs by label, else by expression, in column order', () => {
    expect(describeWitness({ in2: '"EU"', in1: '1000' }, inputs)).toBe('Amount = 1000, customer.region = "EU"');
  });

  it('keeps unknown columns by id and is empty without a witness', () => {
    expect(describeWitness({ gone: '1' }, inputs)).toBe('gone = 1');
    expect(describeWitness(null, inputs)).toBe('');
  });
});

describe('hitPolicyCode', () => {
  it('writes the DMN letters', () => {
    expect(hitPolicyCode('first', null)).toBe('F');
    expect(hitPolicyCode('all', null)).toBe('R');
    expect(hitPolicyCode('output_order', null)).toBe('O');
    expect(hitPolicyCode('collect', null)).toBe('C');
    expect(hitPolicyCode('collect', 'count')).toBe('C#');
    expect(hitPolicyCode('unique', 'sum')).toBe('U');
  });
});
