import { describe, expect, it, vi } from 'vitest';
import { buildForm, TEST_CONTEXT } from '../testing.ts';
import { applyChange } from './apply-change.ts';
import { createFormState } from './form-state.ts';

describe('applyChange', () => {
  it('coerces the input and recomputes what depends on it', () => {
    const form = buildForm([
      { type: 'currency', key: 'subtotal', currency: 'EUR' },
      { type: 'currency', key: 'tax', currency: 'EUR', calculation: '${subtotal} * 0.19' },
      { type: 'currency', key: 'total', currency: 'EUR', calculation: '${subtotal} + ${tax}' },
    ]);

    const state = applyChange(createFormState(form, {}, TEST_CONTEXT), 'subtotal', '100.5');

    expect(state.values).toEqual({ subtotal: '100.50', tax: '19.10', total: '119.60' });
  });

  it('re-evaluates only the dependents of the changed field', () => {
    const calls: string[] = [];
    const track = vi.fn((args: unknown[]) => {
      calls.push(String(args[0]));
      return args[1];
    });
    const context = { ...TEST_CONTEXT, functions: { LOOKUP: track } };
    const form = buildForm([
      { type: 'integer', key: 'a' },
      { type: 'integer', key: 'b' },
      { type: 'integer', key: 'aTwice', calculation: "LOOKUP('aTwice', ${a} * 2)" },
      { type: 'integer', key: 'bTwice', calculation: "LOOKUP('bTwice', ${b} * 2)" },
      { type: 'short-text', key: 'note', visibleWhen: "LOOKUP('note', ${aTwice} > 10)" },
    ]);
    const before = createFormState(form, { a: 1, b: 1 }, context);
    calls.length = 0;

    const after = applyChange(before, 'a', 6);

    expect(calls).toEqual(['aTwice', 'note']);
    expect(after.fields.note?.visible).toBe(true);
    expect(after.fields.b).toBe(before.fields.b);
    expect(after.fields.bTwice).toBe(before.fields.bTwice);
    expect(after.fields.aTwice).not.toBe(before.fields.aTwice);
    expect(before.values.aTwice).toBe(2);
  });

  it('fires value-set rules when a field they read changes, and lets the user override the result', () => {
    const form = buildForm([
      { type: 'date', key: 'start' },
      { type: 'date', key: 'due', setValue: [{ value: "DATEADD(${start}, 7, 'days')", when: '${start} NOT EMPTY' }] },
      { type: 'short-text', key: 'other' },
    ]);
    const opened = createFormState(form, {}, TEST_CONTEXT);

    const started = applyChange(opened, 'start', '2025-05-01');
    const overridden = applyChange(started, 'due', '2025-05-20');
    const unrelated = applyChange(overridden, 'other', 'x');
    const restarted = applyChange(unrelated, 'start', '2025-06-01');

    expect(started.values.due).toBe('2025-05-08');
    expect(overridden.values.due).toBe('2025-05-20');
    expect(unrelated.values.due).toBe('2025-05-20');
    expect(restarted.values.due).toBe('2025-06-08');
  });

  it('hides dependents transitively and validates fields as they appear', () => {
    const form = buildForm([
      { type: 'checkbox', key: 'hasCar' },
      { type: 'short-text', key: 'plate', visibleWhen: '${hasCar}', required: true },
      { type: 'short-text', key: 'parking', visibleWhen: '${plate} NOT EMPTY', required: true },
    ]);
    let state = createFormState(form, {}, TEST_CONTEXT);

    state = applyChange(state, 'hasCar', true);
    expect(state.errors.map((error) => error.field)).toEqual(['plate']);
    state = applyChange(state, 'plate', 'B-AB 123');
    expect(state.errors.map((error) => error.field)).toEqual(['parking']);
    state = applyChange(state, 'hasCar', false);

    expect(state.fields.plate?.visible).toBe(false);
    expect(state.fields.parking?.visible).toBe(false);
    expect(state.isValid).toBe(true);
    expect(state.values.plate).toBe('B-AB 123');
  });

  it('re-evaluates form rules and field rules that read the changed field', () => {
    const form = buildForm([
      { type: 'integer', key: 'min' },
      { type: 'integer', key: 'max', rules: [{ kind: 'expression', expression: '${max} >= ${min}', message: 'max < min' }] },
    ], { validationRules: [{ key: 'sum', expression: '${min} + ${max} <= 100', message: 'Too much', fields: ['min', 'max'] }] });
    let state = createFormState(form, { min: 10, max: 20 }, TEST_CONTEXT);

    state = applyChange(state, 'min', 90);

    expect(state.fields.max?.errors.map((error) => error.message)).toEqual(['max < min', 'Too much']);
    expect(state.fields.min?.errors.map((error) => error.message)).toEqual(['Too much']);
    expect(applyChange(state, 'min', 5).errors).toEqual([]);
  });

  it('ignores unknown keys, layout elements and calculated fields', () => {
    const form = buildForm([
      { type: 'integer', key: 'a' },
      { type: 'integer', key: 'b', calculation: '${a} + 1' },
      { type: 'divider', key: 'line' },
    ]);
    const state = createFormState(form, { a: 1 }, TEST_CONTEXT);

    expect(applyChange(state, 'nope', 1)).toBe(state);
    expect(applyChange(state, 'line', 1)).toBe(state);
    expect(applyChange(state, 'b', 99)).toBe(state);
  });

  it('reads the clock again for each change', () => {
    let now = Date.UTC(2025, 0, 1, 12);
    const form = buildForm([{ type: 'datetime', key: 'meeting', min: 'now' }]);
    const state = createFormState(form, {}, { ...TEST_CONTEXT, now: () => now });
    now = Date.UTC(2025, 0, 2, 12);

    const changed = applyChange(state, 'meeting', '2025-01-02T10:00:00Z');

    expect(changed.fields.meeting?.errors).toMatchObject([{ code: 'min' }]);
  });
});
