/**
 * The validations only the host can do (spec §8.2 unique and async), through `context.validators`.
 * They run for visible fields that have a value and no other error; a missing hook, a thrown
 * error or a rejected promise fails closed with `unavailable`.
 */
import type { DataField, FieldRule, FormError } from '@flowforge/contracts';
import type { NodePlan } from '../definition/compile-form.ts';
import { isFieldEmpty } from '../field-kinds.ts';
import { createFormError } from '../validation/form-errors.ts';
import { getWorking, type FormState } from './form-state.ts';
import { submitValues } from './submit.ts';
import { findSite, holds, type Working } from './working.ts';

type HostRule = Exclude<FieldRule, { kind: 'expression' }>;

interface HostCheck {
  readonly work: Working;
  readonly field: DataField;
  /** The submittable values, computed once and only when an endpoint asks. */
  readonly values: () => Record<string, unknown>;
}

const valueOf = (work: Working, field: DataField) => work.values[(work.form.nodes.get(field.key) as NodePlan).slot];

async function checkUnique({ work, field }: HostCheck, rule: Extract<HostRule, { kind: 'unique' }>): Promise<FormError | null> {
  const isUnique = work.context.validators?.isUnique;
  if (!isUnique) return createFormError(field.key, { code: 'unavailable' });
  const unique = await isUnique({ formId: work.form.definition.id, field: field.key, value: valueOf(work, field), scope: rule.scope });
  return unique ? null : createFormError(field.key, { code: 'unique', message: rule.message, params: { scope: rule.scope } });
}

async function checkEndpoint({ work, field, values }: HostCheck, rule: Extract<HostRule, { kind: 'async' }>): Promise<FormError | null> {
  const check = work.context.validators?.checkEndpoint;
  if (!check) return createFormError(field.key, { code: 'unavailable' });
  const verdict = await check({ formId: work.form.definition.id, field: field.key, endpoint: rule.endpoint, value: valueOf(work, field), values: values() });
  if (verdict.valid) return null;
  return createFormError(field.key, { code: verdict.code ?? 'async', message: rule.message ?? verdict.message, params: verdict.params ?? { endpoint: rule.endpoint } });
}

async function checkRule(check: HostCheck, rule: HostRule): Promise<FormError | null> {
  try {
    return await (rule.kind === 'unique' ? checkUnique(check, rule) : checkEndpoint(check, rule));
  } catch {
    return createFormError(check.field.key, { code: 'unavailable' });
  }
}

function pendingChecks(work: Working, plan: NodePlan, values: () => Record<string, unknown>): Promise<FormError | null>[] {
  const field = plan.data as DataField;
  const state = work.derived[plan.slot];
  if (!work.visible[plan.slot] || (state?.errors.length ?? 0) > 0 || isFieldEmpty(field, work.values[plan.slot])) return [];
  return field.rules.flatMap((rule, index) => {
    if (rule.kind === 'expression' || !holds(work, findSite(plan, 'ruleWhen', index), true)) return [];
    return [checkRule({ work, field, values }, rule)];
  });
}

/**
 * Runs the unique and async rules of the state's visible, otherwise valid fields (in parallel)
 * and resolves to their errors; never rejects.
 * @example const errors = [...submission.errors, ...(await validateAsync(submission.state))]
 */
export async function validateAsync(state: FormState, fields?: readonly string[]): Promise<FormError[]> {
  const work = getWorking(state);
  let submitted: Record<string, unknown> | undefined;
  const values = () => (submitted ??= submitValues(state).values);
  const checks = [...work.form.nodes.values()]
    .filter((plan) => plan.data !== null && (fields === undefined || fields.includes(plan.key)))
    .flatMap((plan) => pendingChecks(work, plan, values));
  const results = await Promise.all(checks);
  return results.filter((error): error is FormError => error !== null);
}
