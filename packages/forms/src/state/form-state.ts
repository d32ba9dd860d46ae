/**
 * The form state: per field visible / enabled / required / options / value / errors, computed
 * from a definition, values and a context. `createFormState` evaluates every field in dependency
 * order; `applyChange` (apply-change.ts) re-evaluates only what depends on the changed field.
 */
import type { FormDefinition, FormError, FormOption, FormValues } from '@flowforge/contracts';
import { compileForm, type CompiledForm, type NodePlan } from '../definition/compile-form.ts';
import type { FormContext } from '../form-context.ts';
import { deriveField, evaluateFormRule } from './evaluate-field.ts';
import { evaluateValue } from './evaluate-value.ts';
import { type EvaluationMode, type ResolvedFilter, type Working } from './working.ts';

export interface FieldState {
  readonly visible: boolean;
  readonly enabled: boolean;
  readonly required: boolean;
  /** The value as stored: coerced to the field's type, or the raw input when it could not be read. */
  readonly value: unknown;
  /** Selection fields: the options offered now (after the options filter). */
  readonly options?: readonly FormOption[];
  /** Reference fields: the filters, resolved, for the host to list candidates with. */
  readonly filters?: readonly ResolvedFilter[];
  /** Errors of this field (empty while it is hidden), including form rules reported on it. */
  readonly errors: readonly FormError[];
}

export interface FormState {
  readonly definition: FormDefinition;
  /** Every data field's value, hidden ones included (they are stripped on submit). */
  readonly values: Readonly<FormValues>;
  /** Every key of the form: data fields, layout elements and tabs (the latter always valid, no value). */
  readonly fields: Readonly<Record<string, FieldState>>;
  /** All errors: visible fields' and form rules' (form-level ones have `field: null`). */
  readonly errors: readonly FormError[];
  readonly isValid: boolean;
}

const workings = new WeakMap<FormState, Working>();

/** The working set a state was built from (every state is built here, so it exists). */
export function getWorking(state: FormState): Working {
  return workings.get(state) as Working;
}

export interface EvaluationRequest {
  readonly context: FormContext;
  readonly mode: EvaluationMode;
}

export function startWorking(form: CompiledForm, input: Readonly<Record<string, unknown>>, { context, mode }: EvaluationRequest): Working {
  const size = form.plans.length;
  return {
    form, context, mode, input, now: context.now(),
    values: new Array<unknown>(size).fill(null), coerceErrors: new Array<undefined>(size).fill(undefined), visible: new Array<boolean>(size).fill(false),
    scope: new Array<unknown>(size).fill(undefined), derived: new Array<undefined>(size).fill(undefined),
    ruleErrors: form.formRules.map(() => []), changed: new Set(),
  };
}

export function buildFieldState(work: Working, plan: NodePlan, ruleErrorsByField: ReadonlyMap<string, FormError[]>): FieldState {
  const visible = work.visible[plan.slot] === true;
  const derived = work.derived[plan.slot];
  if (!derived) return { visible, enabled: true, required: false, value: null, errors: [] };
  const extra = visible ? (ruleErrorsByField.get(plan.key) ?? []) : [];
  return { visible, value: work.values[plan.slot], ...derived, errors: extra.length > 0 ? [...derived.errors, ...extra] : derived.errors };
}

export function groupRuleErrors(work: Working): Map<string, FormError[]> {
  const byField = new Map<string, FormError[]>();
  for (const error of work.ruleErrors.flat()) if (error.field !== null) byField.set(error.field, [...(byField.get(error.field) ?? []), error]);
  return byField;
}

/** What a state shows: the field states and the values by key (unchanged ones reused). */
export interface StateView {
  readonly fields: Readonly<Record<string, FieldState>>;
  readonly values: FormValues;
}

/** Freezes a working set into a state. */
export function finishState(work: Working, view: StateView): FormState {
  const errors: FormError[] = [];
  for (const derived of work.derived) if (derived && derived.errors.length > 0) errors.push(...derived.errors);
  for (const ruleErrors of work.ruleErrors) errors.push(...ruleErrors);
  const state: FormState = { definition: work.form.definition, values: view.values, fields: view.fields, errors, isValid: errors.length === 0 };
  workings.set(state, work);
  return state;
}

/** Evaluates every node: used by `createFormState` and by submissions. */
export function evaluateForm(definition: FormDefinition, input: Readonly<Record<string, unknown>>, request: EvaluationRequest): FormState {
  const form = compileForm(definition);
  const work = startWorking(form, input, request);
  for (const key of form.graph.order) evaluateValue(work, form.nodes.get(key) as NodePlan);
  for (const plan of form.plans) if (plan.data) work.derived[plan.slot] = deriveField(work, plan);
  form.formRules.forEach((plan, index) => { work.ruleErrors[index] = evaluateFormRule(work, plan); });
  const byField = groupRuleErrors(work);
  // built in one go, these records keep a fixed shape, so a change copies them cheaply
  const fields = Object.fromEntries(form.plans.map((plan) => [plan.key, buildFieldState(work, plan, byField)]));
  const values: FormValues = Object.fromEntries(form.dataKeys.map((key) => [key, work.values[(form.nodes.get(key) as NodePlan).slot]]));
  return finishState(work, { fields, values });
}

/**
 * The state of a form opened with `values` (missing ones take their defaults, value-set rules and
 * calculations). Never throws: unreadable values stay as given, with an error on the field.
 * @example createFormState(definition, { amount: 1200 }, { now: () => clock.now(), timeZone: 'Europe/Berlin' })
 */
export function createFormState(definition: FormDefinition, values: Readonly<Record<string, unknown>>, context: FormContext): FormState {
  return evaluateForm(definition, values, { context, mode: 'open' });
}
