import { describe, expect, it } from 'vitest';
import { buildForm, TEST_CONTEXT } from '../testing.ts';
import { validateFormDefinition } from '../definition/validate-definition.ts';
import { applyChange } from './apply-change.ts';
import { createFormState, type FormState } from './form-state.ts';
import { submitValues, validateSubmission } from './submit.ts';

const GROUPS = 20;
const STATUS = { source: 'static', items: ['new', 'open', 'closed'].map((value) => ({ value, label: value })) };

/** 20 groups of 10 fields (200) with 5 conditional rules each (100), chained across groups. */
function buildLargeForm() {
  const fields = Array.from({ length: GROUPS }, (_, g) => {
    const previous = g === 0 ? '0' : `\${running${g - 1}}`;
    return [
      { type: 'dropdown', key: `status${g}`, options: STATUS, required: g % 2 === 0 },
      { type: 'integer', key: `amount${g}`, min: 0, max: 10_000 },
      { type: 'short-text', key: `reason${g}`, visibleWhen: `\${status${g}} == 'closed'`, requiredWhen: `\${amount${g}} > 500` },
      { type: 'email', key: `contact${g}`, visibleWhen: `\${amount${g}} > 100 || \${status${g}} == 'open'` },
      { type: 'currency', key: `gross${g}`, currency: 'EUR', calculation: `\${amount${g}} * 1.19` },
      { type: 'currency', key: `running${g}`, currency: 'EUR', calculation: `${previous} + COALESCE(\${gross${g}}, 0)` },
      { type: 'date', key: `due${g}`, min: '2025-01-01' },
      { type: 'checkbox', key: `urgent${g}`, enabledWhen: `\${status${g}} != 'closed'` },
      { type: 'long-text', key: `notes${g}`, maxLength: 20 },
      { type: 'multi-select', key: `tags${g}`, options: STATUS, maxSelected: 2 },
    ];
  }).flat();
  return buildForm(fields);
}

/** A deterministic sequence of pseudo-random numbers (no Math.random in tests either). */
function* sequence(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

const CANDIDATES: Record<string, unknown[]> = {
  status: ['new', 'open', 'closed', null, 'bogus'], amount: [0, 50, 150, 600, 20_000, 'x', null], reason: ['', 'because', null],
  contact: ['a@b.co', 'nope', null], due: ['2025-06-01', '2024-06-01', 'never'], urgent: [true, false], notes: ['short', 'this note is far too long'],
  tags: [['new'], ['new', 'open', 'closed'], [], ['zzz']],
};

function randomChange(random: Generator<number>): [string, unknown] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random.next().value * items.length)] as T;
  const prefix = pick(Object.keys(CANDIDATES));
  return [`${prefix}${pick([...Array(GROUPS).keys()])}`, pick(CANDIDATES[prefix] ?? [])];
}

const snapshot = (state: FormState) => ({ values: state.values, fields: state.fields, errors: state.errors });

describe('a 200-field form with 100 conditional rules', () => {
  const form = buildLargeForm();

  it('is a valid definition of 200 fields', () => {
    expect(form.fields).toHaveLength(200);
    expect(validateFormDefinition(form)).toEqual([]);
  });

  it('computes the chained calculations and conditions', () => {
    const values = Object.fromEntries(Array.from({ length: GROUPS }, (_, g) => [[`amount${g}`, 100], [`status${g}`, 'closed']]).flat());

    const state = createFormState(form, values, TEST_CONTEXT);

    expect(state.values.running19).toBe('2380.00');
    expect(state.fields.reason7).toMatchObject({ visible: true, required: false });
    expect(state.fields.urgent3?.enabled).toBe(false);
    expect(state.errors).toEqual([]);
  });

  it('gives after every change exactly what a full evaluation of the same values gives', () => {
    const random = sequence(42);
    let state = createFormState(form, {}, TEST_CONTEXT);

    for (let step = 0; step < 300; step += 1) {
      const [key, value] = randomChange(random);
      state = applyChange(state, key, value);
      if (step % 25 === 0) expect(snapshot(state)).toEqual(snapshot(createFormState(form, state.values, TEST_CONTEXT)));
    }

    expect(snapshot(state)).toEqual(snapshot(createFormState(form, state.values, TEST_CONTEXT)));
    const submitted = submitValues(state);
    const verdict = validateSubmission(form, submitted.values, TEST_CONTEXT);
    expect(verdict.errors).toEqual(submitted.errors);
    expect(submitted.errors.length).toBeGreaterThan(0);
    expect(verdict.values).toEqual(submitted.values);
  });
});
