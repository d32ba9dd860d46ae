import { describe, expect, it } from 'vitest';
import { inputDraftOf, inputPatchOf, outputDraftOf, outputPatchOf, validateInputDraft, validateOutputDraft } from './column-form';
import type { DecisionRule } from '../decision-model';
import { extrasDraftOf, extrasPatchOf, isIsoDate, toggleOverride, validateExtrasDraft } from './rule-extras-form';

const output = { id: 'out1', name: 'level', label: 'Level', type: 'string' as const, allowedValues: ['"high"', '"low"'], defaultValue: null };
const input = { id: 'in1', label: 'Amount', expression: 'amount', type: 'number' as const, allowedValues: null };

describe('input column form', () => {
  it('round-trips an input column', () => {
    expect(inputPatchOf(inputDraftOf(input))).toEqual({ label: 'Amount', expression: 'amount', type: 'number', allowedValues: null });
  });

  it('requires an expression and checks expression and allowed values', () => {
    expect(validateInputDraft({ ...inputDraftOf(input), expression: ' ' }, [])).toEqual({ expression: { code: 'required' } });
    expect(validateInputDraft({ ...inputDraftOf(input), expression: 'amount +', allowedValues: '[0..' }, [])).toMatchObject({
      expression: { code: 'syntax' }, allowedValues: { code: 'syntax' },
    });
    expect(validateInputDraft({ ...inputDraftOf(input), allowedValues: '>= 0' }, [])).toEqual({});
  });
});

describe('output column form', () => {
  it('writes allowed values one per line and back, skipping blank lines', () => {
    const draft = outputDraftOf(output);

    expect(draft.allowedValues).toBe('"high"\n"low"');
    expect(outputPatchOf({ ...draft, allowedValues: ' "high"\n\n"mid"\n"low" ', defaultValue: ' ' })).toEqual({
      name: 'level', label: 'Level', type: 'string', allowedValues: ['"high"', '"mid"', '"low"'], defaultValue: null,
    });
  });

  it('requires a name not used by another output', () => {
    expect(validateOutputDraft({ ...outputDraftOf(output), name: '' }, { names: [], otherNames: [] })).toEqual({ name: { code: 'required' } });
    expect(validateOutputDraft({ ...outputDraftOf(output), name: 'fee ' }, { names: [], otherNames: ['fee'] })).toEqual({ name: { code: 'duplicateName' } });
  });

  it('names the line of an allowed value that does not parse and checks the default', () => {
    const errors = validateOutputDraft({ ...outputDraftOf(output), allowedValues: '"high"\n"low', defaultValue: '1 +' }, { names: [], otherNames: [] });

    expect(errors.allowedValues).toMatchObject({ code: 'syntax', line: 2 });
    expect(errors.defaultValue).toMatchObject({ code: 'syntax' });
  });
});

const rule: DecisionRule = { id: 'r2', inputEntries: [], outputEntries: [], annotation: '', priority: 3, validFrom: '2026-01-01', validTo: null, overrideIds: ['r5', 'r1'] };

describe('rule extras form', () => {
  it('round-trips the extras, keeping overrides in rule order', () => {
    expect(extrasPatchOf(extrasDraftOf(rule), ['r1', 'r2', 'r3', 'r5'])).toEqual({ priority: 3, validFrom: '2026-01-01', validTo: null, overrideIds: ['r1', 'r5'] });
  });

  it('drops overrides of rules that no longer exist and clears empty fields', () => {
    const draft = { ...extrasDraftOf(rule), priority: ' ', validFrom: '' };

    expect(extrasPatchOf(draft, ['r1'])).toEqual({ priority: null, validFrom: null, validTo: null, overrideIds: ['r1'] });
  });

  it('checks the priority and the dates', () => {
    const draft = extrasDraftOf(rule);

    expect(validateExtrasDraft(draft)).toEqual({});
    expect(validateExtrasDraft({ ...draft, priority: '1.5' })).toEqual({ priority: 'integer' });
    expect(validateExtrasDraft({ ...draft, priority: '-2' })).toEqual({});
    expect(validateExtrasDraft({ ...draft, validFrom: '2026-02-30' })).toEqual({ validFrom: 'date' });
    expect(validateExtrasDraft({ ...draft, validTo: '2025-12-31' })).toEqual({ validTo: 'dateOrder' });
    expect(validateExtrasDraft({ ...draft, validTo: '2026-01-01' })).toEqual({});
  });

  it('accepts only real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('toggles an override', () => {
    const draft = extrasDraftOf(rule);

    expect(toggleOverride(draft, 'r3', true).overrideIds).toEqual(['r5', 'r1', 'r3']);
    expect(toggleOverride(draft, 'r5', false).overrideIds).toEqual(['r1']);
  });
});
