import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '@flowforge/contracts';
import { buildInputs, coerceValue, fieldsFromNames, inputFieldsOf, parseJsonObject, pathOf, textsOfInputs } from './input-form';

function tableWith(inputs: { expression: string; type?: DecisionTable['inputs'][number]['type']; label?: string }[]): DecisionTable {
  return {
    hitPolicy: 'first', aggregation: null,
    inputs: inputs.map((input, index) => ({ id: `i${String(index)}`, label: input.label ?? '', expression: input.expression, type: input.type ?? 'any', allowedValues: null })),
    outputs: [{ id: 'o1', name: 'result', label: '', type: 'any', allowedValues: [], defaultValue: null }],
    rules: [],
  };
}

describe('pathOf', () => {
  it('reads names, qualified names and names with spaces', () => {
    expect(pathOf('amount')).toEqual(['amount']);
    expect(pathOf(' customer.tier ')).toEqual(['customer', 'tier']);
    expect(pathOf('Applicant Age')).toEqual(['Applicant Age']);
    expect(pathOf('größe')).toEqual(['größe']);
  });

  it('refuses expressions and keywords', () => {
    expect(pathOf('amount * 2')).toBeNull();
    expect(pathOf('a and b')).toBeNull();
    expect(pathOf('true')).toBeNull();
    expect(pathOf('list[1]')).toBeNull();
    expect(pathOf('')).toBeNull();
  });
});

describe('inputFieldsOf', () => {
  it('makes one typed field per path and flags columns over expressions', () => {
    const table = tableWith([
      { expression: 'amount', type: 'number', label: 'Amount' },
      { expression: 'customer.tier', type: 'string' },
      { expression: 'amount', type: 'number' },
      { expression: 'amount * rate' },
    ]);

    const { fields, hasComplexInputs } = inputFieldsOf(table);

    expect(fields.map((field) => [field.key, field.label, field.type])).toEqual([['amount', 'Amount', 'number'], ['customer.tier', 'customer.tier', 'string']]);
    expect(hasComplexInputs).toBe(true);
  });
});

describe('coerceValue', () => {
  it('types what was typed by the column type', () => {
    expect(coerceValue(' 1 250.5 ', 'number')).toEqual({ ok: true, value: 1250.5 });
    expect(coerceValue('true', 'boolean')).toEqual({ ok: true, value: true });
    expect(coerceValue('12:30', 'time')).toEqual({ ok: true, value: '12:30:00' });
    expect(coerceValue('2025-03-01T08:15', 'date and time')).toEqual({ ok: true, value: '2025-03-01T08:15:00' });
    expect(coerceValue('P1DT2H', 'days and time duration')).toEqual({ ok: true, value: 'P1DT2H' });
    expect(coerceValue(' gold ', 'string')).toEqual({ ok: true, value: ' gold ' });
  });

  it('reads JSON for untyped columns and keeps other text as a string', () => {
    expect(coerceValue('{"a":1}', 'any')).toEqual({ ok: true, value: { a: 1 } });
    expect(coerceValue('42', 'any')).toEqual({ ok: true, value: 42 });
    expect(coerceValue('gold', 'any')).toEqual({ ok: true, value: 'gold' });
  });

  it('treats empty text as not given and reports values that do not fit', () => {
    expect(coerceValue('  ', 'number')).toEqual({ ok: true, value: undefined });
    expect(coerceValue('12a', 'number')).toEqual({ ok: false, error: 'number' });
    expect(coerceValue('-', 'number')).toEqual({ ok: false, error: 'number' });
    expect(coerceValue('yes', 'boolean')).toEqual({ ok: false, error: 'boolean' });
    expect(coerceValue('2 days', 'days and time duration')).toEqual({ ok: false, error: 'duration' });
    expect(coerceValue('P', 'years and months duration')).toEqual({ ok: false, error: 'duration' });
  });
});

describe('buildInputs', () => {
  const fields = inputFieldsOf(tableWith([{ expression: 'amount', type: 'number' }, { expression: 'customer.tier', type: 'string' }, { expression: 'customer.since', type: 'date' }])).fields;

  it('nests values by path and leaves out empty fields', () => {
    const built = buildInputs(fields, { amount: '1200', 'customer.tier': 'gold', 'customer.since': '' });

    expect(built).toEqual({ inputs: { amount: 1200, customer: { tier: 'gold' } }, errors: {} });
  });

  it('merges into a base object without changing it', () => {
    const base = { customer: { id: 7 }, extra: true };

    const built = buildInputs(fields, { 'customer.tier': 'gold' }, base);

    expect(built.inputs).toEqual({ customer: { id: 7, tier: 'gold' }, extra: true });
    expect(base).toEqual({ customer: { id: 7 }, extra: true });
  });

  it('reports the fields that do not fit', () => {
    expect(buildInputs(fields, { amount: 'lots' }).errors).toEqual({ amount: 'number' });
  });

  it('round-trips through the texts of an inputs object', () => {
    const texts = textsOfInputs(fields, { amount: 3, customer: { tier: 'gold', since: '2020-01-01' } });

    expect(texts).toEqual({ amount: '3', 'customer.tier': 'gold', 'customer.since': '2020-01-01' });
    expect(buildInputs(fields, texts).inputs).toEqual({ amount: 3, customer: { tier: 'gold', since: '2020-01-01' } });
  });
});

describe('fieldsFromNames', () => {
  it('makes untyped fields named as the input data', () => {
    expect(fieldsFromNames(['Applicant', 'Credit Score'])).toEqual([
      { key: 'Applicant', label: 'Applicant', type: 'any', path: ['Applicant'] },
      { key: 'Credit Score', label: 'Credit Score', type: 'any', path: ['Credit Score'] },
    ]);
  });
});

describe('parseJsonObject', () => {
  it('accepts one object, or nothing', () => {
    expect(parseJsonObject('{"amount": 5}')).toEqual({ ok: true, value: { amount: 5 } });
    expect(parseJsonObject('  ')).toEqual({ ok: true, value: {} });
  });

  it('refuses other JSON and broken text', () => {
    expect(parseJsonObject('[1]')).toEqual({ ok: false, message: 'not-object' });
    expect(parseJsonObject('{"amount":')).toMatchObject({ ok: false });
  });
});
