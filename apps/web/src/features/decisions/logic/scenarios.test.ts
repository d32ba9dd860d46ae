import { describe, expect, it } from 'vitest';
import type { InputField } from './input-form';
import { buildScenarioInputs, buildScenarios, emptyScenario, expectedText, parseExpected, type ScenarioRow } from './scenarios';

const fields: InputField[] = [
  { key: 'amount', label: 'Amount', type: 'number', path: ['amount'] },
  { key: 'customer.tier', label: 'Tier', type: 'string', path: ['customer', 'tier'] },
];

function row(values: Record<string, string>, expected: string, extra = ''): ScenarioRow {
  return { ...emptyScenario(fields), values, expected, extra };
}

describe('parseExpected', () => {
  it('reads JSON, else the text as a string; empty is null', () => {
    expect(parseExpected('{"discount": 0.1}')).toEqual({ discount: 0.1 });
    expect(parseExpected('0.1')).toBe(0.1);
    expect(parseExpected('"gold"')).toBe('gold');
    expect(parseExpected('gold')).toBe('gold');
    expect(parseExpected('  ')).toBeNull();
  });
});

describe('expectedText', () => {
  it('writes a value so that parseExpected reads it back', () => {
    for (const value of ['gold', '42', 'true', 42, { a: [1, 'x'] }, null]) {
      expect(parseExpected(expectedText(value))).toEqual(value);
    }
  });
});

describe('buildScenarios', () => {
  it('turns rows into the API scenarios, numbering unnamed ones', () => {
    const rows = [row({ amount: '100', 'customer.tier': 'gold' }, '0.1'), { ...row({ amount: '5' }, 'none'), name: ' small ' }];

    const built = buildScenarios(rows, fields);

    expect(built.errors).toEqual([]);
    expect(built.scenarios).toEqual([
      { name: '#1', inputs: { amount: 100, customer: { tier: 'gold' } }, expected: 0.1 },
      { name: 'small', inputs: { amount: 5 }, expected: 'none' },
    ]);
  });

  it('adds the extra JSON inputs under the typed ones', () => {
    const built = buildScenarios([row({ amount: '1' }, '', '{"region": "EU", "customer": {"id": 9}}')], fields);

    expect(built.scenarios[0]?.inputs).toEqual({ region: 'EU', customer: { id: 9 }, amount: 1 });
  });

  it('names the cells that keep rows from being sent', () => {
    const bad = row({ amount: 'ten' }, '', '{broken');

    expect(buildScenarios([bad], fields).errors).toEqual([
      { rowId: bad.id, field: 'extra', error: 'json' },
      { rowId: bad.id, field: 'amount', error: 'number' },
    ]);
  });

  it('gives just the inputs for a comparison', () => {
    expect(buildScenarioInputs([row({ amount: '7' }, 'x')], fields)).toEqual({ inputs: [{ amount: 7 }], errors: [] });
  });
});
