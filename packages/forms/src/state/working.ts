/**
 * The mutable working set of one evaluation pass (opening a form, one change, or a submission).
 * Per-node facts live in arrays indexed by the node's slot: a change copies them in well under a
 * microsecond, where copying records keyed by field would cost a hundred. Expressions get a
 * small record of just the fields they read.
 */
import type { FormError, FormOption } from '@flowforge/contracts';
import type { CompiledForm, CompiledSite, NodePlan } from '../definition/compile-form.ts';
import type { SiteRole } from '../definition/expression-sites.ts';
import type { FormContext } from '../form-context.ts';
import type { ErrorDraft } from '../validation/form-errors.ts';

/** `open`: defaults and value-set rules fill missing values; `change`: value-set rules fire on change; `submit`: values are taken as given. */
export type EvaluationMode = 'open' | 'change' | 'submit';

/** A reference field's filter with its value resolved against the form. */
export interface ResolvedFilter {
  readonly column: string;
  readonly operator: 'eq' | 'neq' | 'in' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte';
  readonly value: unknown;
}

/** What phase two derives for a field from the settled values. */
export interface FieldDerived {
  readonly enabled: boolean;
  readonly required: boolean;
  readonly options?: readonly FormOption[];
  readonly filters?: readonly ResolvedFilter[];
  readonly errors: readonly FormError[];
}

export interface Working {
  readonly form: CompiledForm;
  readonly context: FormContext;
  readonly now: number;
  readonly mode: EvaluationMode;
  /** Input of `open` and `submit`. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Each data field's value by slot: coerced, or the raw input when coercion failed. */
  readonly values: unknown[];
  readonly coerceErrors: (ErrorDraft | undefined)[];
  readonly visible: boolean[];
  /** What expressions read, by slot: the value of visible, valid fields; null otherwise. */
  readonly scope: unknown[];
  readonly derived: (FieldDerived | undefined)[];
  readonly ruleErrors: FormError[][];
  /** Keys whose value as expressions see it changed during this pass (value-set rules fire on them). */
  readonly changed: Set<string>;
}

/** Whether the node with this key is visible (false for unknown keys). */
export function isVisible(work: Working, key: string): boolean {
  const node = work.form.nodes.get(key);
  return node !== undefined && work.visible[node.slot] === true;
}

export function findSite(plan: NodePlan, role: SiteRole, index?: number): CompiledSite | undefined {
  return plan.sites.find((compiled) => compiled.site.role === role && compiled.site.index === index);
}

/** The truthiness of the expression language: null, false, 0, '' and [] do not hold. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** The expression's value over the fields it reads (and `extra` names, e.g. `option`). */
export function runSite(work: Working, compiled: CompiledSite, extra?: Record<string, unknown>): unknown {
  const scope: Record<string, unknown> = { ...extra };
  for (const [key, slot] of compiled.readSlots) scope[key] = work.scope[slot];
  return compiled.expression.run(scope, work.context).value;
}

/** Whether a condition holds; `fallback` when there is no condition. A failing condition does not hold. */
export function holds(work: Working, compiled: CompiledSite | undefined, fallback: boolean): boolean {
  return compiled === undefined ? fallback : isTruthy(runSite(work, compiled));
}
