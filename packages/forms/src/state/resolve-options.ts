/**
 * The options a selection field offers right now (spec §8.3 options filter): the static list or
 * the list an expression returns, kept where the filter holds for `${option}`; and the resolved
 * filters a reference field hands to the host when it lists candidates.
 */
import type { DataField, FormOption } from '@flowforge/contracts';
import type { NodePlan } from '../definition/compile-form.ts';
import { OPTION_KEY } from '../definition/expression-types.ts';
import { findSite, isTruthy, runSite, type ResolvedFilter, type Working } from './working.ts';

const isScalar = (item: unknown): item is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof item);

/** A listed item as an option: a scalar is its own label; a record needs a `value`. */
function toOption(item: unknown): FormOption | null {
  if (isScalar(item)) return { value: String(item), label: String(item) };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const { value, label, group, ...rest } = item as Record<string, unknown>;
  if (!isScalar(value) || value === '') return null;
  const option: FormOption = { value: String(value), label: isScalar(label) ? String(label) : String(value) };
  return { ...option, ...(typeof group === 'string' && { group }), ...dataOf(rest) };
}

/** The other scalar properties of a listed record, as the option's `data` (absent when none). */
function dataOf(rest: Record<string, unknown>): Pick<FormOption, 'data'> {
  const data = Object.fromEntries(Object.entries(rest).filter(([, extra]) => isScalar(extra) || extra === null)) as NonNullable<FormOption['data']>;
  return Object.keys(data).length > 0 ? { data } : {};
}

function listedOptions(work: Working, plan: NodePlan, field: DataField): readonly FormOption[] {
  if (!('options' in field) || field.options === undefined) return [];
  if (field.options.source === 'static') return field.options.items;
  const site = findSite(plan, 'options');
  const listed = site ? runSite(work, site) : null;
  if (!Array.isArray(listed)) return [];
  return listed.map(toOption).filter((option): option is FormOption => option !== null);
}

/** The field's current options, or undefined for fields without options (a yes/no checkbox). */
export function resolveOptions(work: Working, plan: NodePlan, field: DataField): readonly FormOption[] | undefined {
  if (!('options' in field) || field.options === undefined) return undefined;
  const options = listedOptions(work, plan, field);
  const filter = findSite(plan, 'optionsFilter');
  if (!filter) return options;
  return options.filter((option) => {
    const candidate = { ...option.data, value: option.value, label: option.label, group: option.group ?? null };
    return isTruthy(runSite(work, filter, { [OPTION_KEY]: candidate }));
  });
}

export function resolveFilters(work: Working, plan: NodePlan, field: DataField): readonly ResolvedFilter[] | undefined {
  if (!('filters' in field)) return undefined;
  return field.filters.map((filter, index) => {
    const site = findSite(plan, 'filter', index);
    return { column: filter.column, operator: filter.operator, value: site ? runSite(work, site) : null };
  });
}
