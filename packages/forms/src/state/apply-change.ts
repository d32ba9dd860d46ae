/**
 * One edit: the changed field's new value, then only its dependents are re-evaluated, in the
 * order of the dependency graph (built once per definition). Field states nothing touched are
 * reused as they were, so a UI can skip re-rendering them.
 */
import type { DataField } from '@flowforge/contracts';
import type { FormRulePlan, NodePlan } from '../definition/compile-form.ts';
import { planChange, type ChangePlan } from './change-plan.ts';
import { deriveField, evaluateFormRule } from './evaluate-field.ts';
import { evaluateValue, storeValue } from './evaluate-value.ts';
import { buildFieldState, finishState, getWorking, groupRuleErrors, type FieldState, type FormState, type StateView } from './form-state.ts';
import type { Working } from './working.ts';

function continueWorking(previous: Working): Working {
  return {
    ...previous,
    mode: 'change',
    now: previous.context.now(),
    values: previous.values.slice(),
    coerceErrors: previous.coerceErrors.slice(),
    visible: previous.visible.slice(),
    scope: previous.scope.slice(),
    derived: previous.derived.slice(),
    ruleErrors: previous.ruleErrors.slice(),
    changed: new Set(),
  };
}

const nodeOf = (work: Working, key: string) => work.form.nodes.get(key) as NodePlan;

function ruleTargets(work: Working, rules: readonly number[]): string[] {
  return rules.flatMap((index) => work.form.formRules[index]?.rule.fields ?? []);
}

function reevaluate(work: Working, plan: ChangePlan): void {
  for (const key of plan.phaseOne) evaluateValue(work, nodeOf(work, key));
  for (const key of plan.phaseTwo) {
    const node = nodeOf(work, key);
    if (node.data) work.derived[node.slot] = deriveField(work, node);
  }
  for (const index of plan.formRules) work.ruleErrors[index] = evaluateFormRule(work, work.form.formRules[index] as FormRulePlan);
}

/** The previous view with the re-evaluated fields replaced; the rest is reused as it was. */
function viewAfter(state: FormState, work: Working, plan: ChangePlan): StateView {
  const byField = groupRuleErrors(work);
  const fields: Record<string, FieldState> = { ...state.fields };
  for (const key of new Set([...plan.phaseTwo, ...ruleTargets(work, plan.formRules)])) {
    const node = work.form.nodes.get(key);
    if (node) fields[key] = buildFieldState(work, node, byField);
  }
  const values = { ...state.values };
  for (const key of plan.phaseOne) if (key in values) values[key] = work.values[nodeOf(work, key).slot];
  return { fields, values };
}

/**
 * The state after the user set `field` to `value` (raw input, coerced to the field's type).
 * Unknown keys, layout elements and calculated fields leave the state as it is.
 * @example applyChange(state, 'amount', '1200.50')
 */
export function applyChange(state: FormState, field: string, value: unknown): FormState {
  const previous = getWorking(state);
  const changed = previous.form.nodes.get(field);
  if (!changed?.data || changed.data.calculation !== undefined) return state;
  const work = continueWorking(previous);
  storeValue(work, changed.data as DataField, { raw: value, isCalculated: false });
  const plan = planChange(work.form, field);
  reevaluate(work, plan);
  return finishState(work, viewAfter(state, work, plan));
}
