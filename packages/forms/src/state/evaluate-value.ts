/**
 * Phase one of an evaluation pass, per node in dependency order: visibility (the parent's and its
 * own condition) and, for data fields, the value — calculated, defaulted on open, set by a
 * value-set rule, or as entered. Hidden and invalid values read as null in expressions.
 */
import type { DataField } from '@flowforge/contracts';
import type { NodePlan } from '../definition/compile-form.ts';
import { coerceValue } from '../values/coerce-value.ts';
import { findSite, holds, isVisible, runSite, type Working } from './working.ts';

interface RawValue {
  readonly raw: unknown;
  readonly isCalculated: boolean;
}

function setValueTriggered(work: Working, plan: NodePlan, index: number): boolean {
  if (work.mode === 'open') return true;
  return plan.sites.some(({ site, reads }) => site.index === index && site.role.startsWith('setValue') && reads.some((key) => key !== plan.key && work.changed.has(key)));
}

/** The first value-set rule that fires: triggered by a change (always on open) and its `when` holds. */
function valueFromSetRules(work: Working, plan: NodePlan, field: DataField): RawValue | undefined {
  for (let index = 0; index < field.setValue.length; index += 1) {
    const value = findSite(plan, 'setValue', index);
    if (!value || !setValueTriggered(work, plan, index) || !holds(work, findSite(plan, 'setValueWhen', index), true)) continue;
    const raw = runSite(work, value);
    if (work.mode !== 'open' || raw !== null) return { raw, isCalculated: true };
  }
  return undefined;
}

function openingValue(work: Working, plan: NodePlan, field: DataField): RawValue | undefined {
  const given = work.input[field.key];
  if (given !== undefined) return { raw: given, isCalculated: false };
  const defaultSite = findSite(plan, 'defaultExpression');
  if (defaultSite) return { raw: runSite(work, defaultSite), isCalculated: true };
  if (field.defaultValue !== undefined) return { raw: field.defaultValue, isCalculated: false };
  return valueFromSetRules(work, plan, field) ?? { raw: null, isCalculated: false };
}

/** The raw value to store, or undefined to keep the stored one. */
function nextRawValue(work: Working, plan: NodePlan, field: DataField): RawValue | undefined {
  const calculation = findSite(plan, 'calculation');
  if (calculation) return { raw: runSite(work, calculation), isCalculated: true };
  if (work.mode === 'open') return openingValue(work, plan, field);
  if (work.mode === 'submit') return { raw: work.input[field.key] ?? null, isCalculated: false };
  return valueFromSetRules(work, plan, field);
}

export function storeValue(work: Working, field: DataField, next: RawValue): void {
  const coerced = coerceValue(field, next.raw, { timeZone: work.context.timeZone, isCalculated: next.isCalculated });
  const { slot } = work.form.nodes.get(field.key) as NodePlan;
  work.values[slot] = coerced.value;
  work.coerceErrors[slot] = coerced.error;
}

/** Deep equality of plain values (what expressions read), to tell whether a value changed. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function evaluateValue(work: Working, plan: NodePlan): void {
  const { slot } = plan;
  const parentVisible = plan.parent === null || isVisible(work, plan.parent);
  const visible = parentVisible && holds(work, findSite(plan, 'visibleWhen'), true);
  work.visible[slot] = visible;
  const field = plan.data;
  if (field === null) return;
  const next = nextRawValue(work, plan, field);
  if (next) storeValue(work, field, next);
  const effective = visible && work.coerceErrors[slot] === undefined ? work.values[slot] : null;
  if (work.scope[slot] === undefined || !isSameValue(work.scope[slot], effective)) {
    work.scope[slot] = effective;
    work.changed.add(field.key);
  }
}
