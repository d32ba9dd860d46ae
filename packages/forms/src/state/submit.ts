/**
 * Submitting: the values of visible data fields only (hidden fields and layout elements are
 * stripped, calculated fields recomputed), with the errors that block the submission. The server
 * runs `validateSubmission` on what it receives, so its verdict never depends on the browser.
 */
import type { FormDefinition, FormError, FormValues } from '@flowforge/contracts';
import type { NodePlan } from '../definition/compile-form.ts';
import type { FormContext } from '../form-context.ts';
import { evaluateForm, getWorking, type FormState } from './form-state.ts';

export interface Submission {
  readonly ok: boolean;
  /** Visible data fields in definition order; empty ones as null (`[]` for lists). */
  readonly values: FormValues;
  readonly errors: readonly FormError[];
}

/**
 * The submittable values of a state and the errors that block them (async rules excluded: see
 * `validateAsync`). Hidden fields are left out, whatever they hold.
 */
export function submitValues(state: FormState): Submission {
  const work = getWorking(state);
  const values: FormValues = {};
  for (const key of work.form.dataKeys) {
    const { slot } = work.form.nodes.get(key) as NodePlan;
    if (work.visible[slot]) values[key] = work.values[slot];
  }
  return { ok: state.errors.length === 0, values, errors: state.errors };
}

/**
 * Authoritative validation of submitted values (the server's path): no defaults or value-set
 * rules are applied, calculations are recomputed, unknown keys and hidden fields are dropped.
 * @example const { ok, values, errors } = validateSubmission(definition, body.values, context)
 */
export function validateSubmission(definition: FormDefinition, values: Readonly<Record<string, unknown>>, context: FormContext): Submission & { readonly state: FormState } {
  const state = evaluateForm(definition, values, { context, mode: 'submit' });
  return { ...submitValues(state), state };
}
