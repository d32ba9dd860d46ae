/**
 * Phase two of an evaluation pass, once values are settled: per data field whether it is enabled
 * and required, its options and filters, and its errors. Hidden fields are not validated; a
 * disabled field is not required (nobody could fill it). Empty values skip every other check.
 */
import type { DataField, FormError } from '@flowforge/contracts';
import type { CompiledForm, FormRulePlan, NodePlan } from '../definition/compile-form.ts';
import { isFieldEmpty } from '../field-kinds.ts';
import { createFormError, type ErrorDraft } from '../validation/form-errors.ts';
import { validateValue } from '../validation/validate-value.ts';
import { resolveFilters, resolveOptions } from './resolve-options.ts';
import { findSite, holds, isVisible, type FieldDerived, type Working } from './working.ts';

function ruleErrors(work: Working, plan: NodePlan, field: DataField): ErrorDraft[] {
  return field.rules.flatMap((rule, index): ErrorDraft[] => {
    const expression = findSite(plan, 'rule', index);
    if (rule.kind !== 'expression' || !expression || !holds(work, findSite(plan, 'ruleWhen', index), true)) return [];
    return holds(work, expression, false) ? [] : [{ code: 'custom', message: rule.message, params: { rule: index } }];
  });
}

function validateField(work: Working, plan: NodePlan, derived: Omit<FieldDerived, 'errors'>): ErrorDraft[] {
  const field = plan.data as DataField;
  const coerceError = work.coerceErrors[plan.slot];
  if (coerceError) return [coerceError];
  const value = work.values[plan.slot];
  if (isFieldEmpty(field, value)) return derived.required && derived.enabled ? [{ code: 'required' }] : [];
  const typeErrors = validateValue(field, value, { now: work.now, timeZone: work.context.timeZone, options: derived.options });
  return typeErrors.length > 0 ? typeErrors : ruleErrors(work, plan, field);
}

export function deriveField(work: Working, plan: NodePlan): FieldDerived {
  const field = plan.data as DataField;
  const isEditable = !field.readOnly && field.calculation === undefined;
  const base = {
    enabled: isEditable && holds(work, findSite(plan, 'enabledWhen'), true),
    required: field.required || holds(work, findSite(plan, 'requiredWhen'), false),
    options: resolveOptions(work, plan, field),
    filters: resolveFilters(work, plan, field),
  };
  const errors = work.visible[plan.slot] ? validateField(work, plan, base).map((draft) => createFormError(field.key, draft)) : [];
  const derived: FieldDerived = { enabled: base.enabled, required: base.required, errors };
  return { ...derived, ...(base.options && { options: base.options }), ...(base.filters && { filters: base.filters }) };
}

/** A form-level rule runs when its targets are all visible and its `when` holds. */
export function evaluateFormRule(work: Working, plan: FormRulePlan): FormError[] {
  const { rule } = plan;
  if (rule.fields.some((key) => !isVisible(work, key))) return [];
  const when = plan.sites.find((compiled) => compiled.site.role === 'ruleWhen');
  const expression = plan.sites.find((compiled) => compiled.site.role === 'rule');
  if (!expression || !holds(work, when, true) || holds(work, expression, false)) return [];
  const draft: ErrorDraft = { code: 'custom', message: rule.message, params: { rule: rule.key } };
  return rule.fields.length === 0 ? [createFormError(null, draft)] : rule.fields.map((key) => createFormError(key, draft));
}

/** Form rules reading any of `keys`, by index. */
export function rulesReading(form: CompiledForm, keys: ReadonlySet<string>): number[] {
  return form.formRules.flatMap((plan, index) => (plan.reads.some((key) => keys.has(key)) ? [index] : []));
}
