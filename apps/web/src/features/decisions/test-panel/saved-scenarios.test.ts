import { describe, expect, it } from 'vitest';
import { fieldsFromNames, type InputField } from '../logic/input-form';
import { buildScenarios, emptyScenario } from '../logic/scenarios';
import { fieldsKey, inputsBesideFields, rebaseRows, rowFromScenario, savedScenariosOf } from './saved-scenarios';

const fields: InputField[] = [
  { key: 'amount', label: 'Amount', type: 'number', path: ['amount'] },
  { key: 'customer.tier', label: 'Tier', type: 'string', path: ['customer', 'tier'] },
];

describe('rowFromScenario', () => {
  it('fills the fields and keeps every other input as "More inputs" JSON', () => {
    const row = rowFromScenario(fields, { name: 'gold', inputs: { amount: 12, customer: { tier: 'gold', id: 7 }, region: 'EU' }, expected: { discount: 0.05 } });

    expect(row).toMatchObject({ name: 'gold', values: { amount: '12', 'customer.tier': 'gold' }, expected: '{"discount":0.05}' });
    expect(JSON.parse(row.extra)).toEqual({ customer: { id: 7 }, region: 'EU' });
  });

  it('leaves "More inputs" empty when the fields show everything', () => {
    expect(rowFromScenario(fields, { name: '', inputs: { amount: 1, customer: { tier: 'x' } }, expected: 'ok' }).extra).toBe('');
  });

  it('gives the same scenario back when the row is saved, nulls and empty texts included', () => {
    const scenarios = [
      { name: 'full', inputs: { amount: 12.5, customer: { tier: 'gold', since: 2019 }, tags: ['a'] }, expected: [1, 2] },
      { name: '', inputs: { amount: null, customer: { tier: '' } }, expected: null },
      { name: 'text that reads as JSON', inputs: {}, expected: '42' },
    ];

    const rows = scenarios.map((scenario) => rowFromScenario(fields, scenario));

    expect(savedScenariosOf(rows, fields)).toEqual({ scenarios, errors: [] });
  });

  it('works with the untyped fields of a DMN model', () => {
    const dmnFields = fieldsFromNames(['Applicant', 'Amount']);
    const scenario = { name: 'young', inputs: { Applicant: { age: 19 }, Amount: 5000 }, expected: 'declined' };

    expect(savedScenariosOf([rowFromScenario(dmnFields, scenario)], dmnFields).scenarios).toEqual([scenario]);
  });
});

describe('inputsBesideFields', () => {
  it('drops the field paths and the objects they leave empty', () => {
    expect(inputsBesideFields(fields, { amount: 1, customer: { tier: 'a' }, other: true })).toEqual({ other: true });
    expect(inputsBesideFields(fields, { customer: 'not an object' })).toEqual({ customer: 'not an object' });
  });
});

describe('savedScenariosOf', () => {
  it('keeps unnamed scenarios unnamed and trims names', () => {
    const rows = [{ ...emptyScenario(fields), name: '  small ', values: { amount: '5' }, expected: 'clerk' }, { ...emptyScenario(fields), expected: '' }];

    expect(savedScenariosOf(rows, fields).scenarios).toEqual([
      { name: 'small', inputs: { amount: 5 }, expected: 'clerk' },
      { name: '', inputs: {}, expected: null },
    ]);
  });

  it('names the cells that do not fit', () => {
    const bad = { ...emptyScenario(fields), values: { amount: 'ten' } };

    expect(savedScenariosOf([bad], fields).errors).toEqual([{ rowId: bad.id, field: 'amount', error: 'number' }]);
  });
});

describe('rebaseRows', () => {
  it('moves the value of a removed column to "More inputs" and takes a new column\'s value out of it', () => {
    const row = rowFromScenario(fields, { name: 'r', inputs: { amount: 3, region: 'EU' }, expected: 'x' });
    const renamed: InputField[] = [{ key: 'region', label: 'Region', type: 'string', path: ['region'] }];

    const [rebased] = rebaseRows([row], fields, renamed);

    expect(rebased).toMatchObject({ id: row.id, name: 'r', values: { region: 'EU' }, expected: 'x' });
    expect(JSON.parse(rebased?.extra ?? '')).toEqual({ amount: 3 });
    expect(buildScenarios(rebaseRows([row], fields, renamed), renamed).scenarios[0]?.inputs).toEqual({ amount: 3, region: 'EU' });
  });

  it('keeps the expected text as typed and leaves rows that do not fit the old fields alone', () => {
    const typed = { ...rowFromScenario(fields, { name: '', inputs: { amount: 1 }, expected: null }), expected: '0.10' };
    const broken = { ...emptyScenario(fields), values: { amount: 'ten' } };

    const [kept, untouched] = rebaseRows([typed, broken], fields, fieldsFromNames(['amount']));

    expect(kept?.expected).toBe('0.10');
    expect(untouched).toBe(broken);
  });
});

describe('fieldsKey', () => {
  it('changes with a key, a path or a type, not with a label', () => {
    const relabeled = fields.map((field) => ({ ...field, label: 'other' }));
    const retyped = fields.map((field) => ({ ...field, type: 'any' as const }));

    expect(fieldsKey(relabeled)).toBe(fieldsKey(fields));
    expect(fieldsKey(retyped)).not.toBe(fieldsKey(fields));
  });
});
