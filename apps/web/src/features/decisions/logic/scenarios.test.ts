import { describe, expect, it } from 'vitest';
import { fieldsFromNames, type InputField } from './input-form';
import { buildScenarioInputs, buildScenarios, emptyScenario, expectedText, parseExpected, readScenarioRows, scenarioFromEvaluation, type ScenarioRow } from './scenarios';

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

describe('scenarioFromEvaluation', () => {
  it('fills the fields and keeps inputs no field covers as extra JSON', () => {
    const kept = scenarioFromEvaluation(fields, { amount: 12, customer: { tier: 'silver' }, region: 'EU' }, { discount: 0.05 });

    expect(kept.values).toEqual({ amount: '12', 'customer.tier': 'silver' });
    expect(JSON.parse(kept.extra)).toEqual({ region: 'EU' });
    expect(parseExpected(kept.expected)).toEqual({ discount: 0.05 });
    expect(buildScenarios([kept], fields).scenarios[0]?.inputs).toEqual({ amount: 12, customer: { tier: 'silver' }, region: 'EU' });
  });

  it('works for untyped DMN fields', () => {
    const dmnFields = fieldsFromNames(['Applicant']);

    const kept = scenarioFromEvaluation(dmnFields, { Applicant: { age: 30 } }, 'ok');

    expect(buildScenarios([kept], dmnFields).scenarios[0]).toMatchObject({ inputs: { Applicant: { age: 30 } }, expected: 'ok' });
  });
});

describe('readScenarioRows', () => {
  it('reads stored rows and drops malformed ones', () => {
    const good = row({ amount: '1', bad: 3 as unknown as string }, 'x');
    const stored = JSON.stringify([good, { id: 1 }, 'nonsense', { ...good, id: 'old', extra: undefined }]);

    const rows = readScenarioRows(stored);

    expect(rows).toHaveLength(2);
    expect(rows[0]?.values).toEqual({ amount: '1' });
    expect(rows[1]?.extra).toBe('');
  });

  it('reads nothing from missing or broken storage', () => {
    expect(readScenarioRows(null)).toEqual([]);
    expect(readScenarioRows('{oops')).toEqual([]);
    expect(readScenarioRows('{"a":1}')).toEqual([]);
  });
});
