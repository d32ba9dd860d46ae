/**
 * Static checks of single fields that need no expression: patterns that do not compile, bounds
 * the wrong way round, defaults that are not valid values, unknown time zones, duplicate options.
 */
import type { DataField, FormField } from '@flowforge/contracts';
import { isDataField } from '../field-kinds.ts';
import { coerceValue } from '../values/coerce-value.ts';
import { compareDecimal, parseDecimal } from '../values/decimal-string.ts';
import { isKnownTimeZone } from '../values/time-zone.ts';
import { validateValue } from '../validation/validate-value.ts';
import { findPatternProblem } from '../validation/validation-env.ts';
import { definitionError, type FormDiagnostic } from './form-diagnostic.ts';

type Bounds = [string, unknown, string, unknown];

function boundPairs(field: FormField): Bounds[] {
  const f = field as Record<string, unknown>;
  return [
    ['minLength', f.minLength, 'maxLength', f.maxLength], ['min', f.min, 'max', f.max],
    ['minSelected', f.minSelected, 'maxSelected', f.maxSelected], ['minFiles', f.minFiles, 'maxFiles', f.maxFiles],
    ['minDays', f.minDays, 'maxDays', f.maxDays], ['minWidth', f.minWidth, 'maxWidth', f.maxWidth], ['minHeight', f.minHeight, 'maxHeight', f.maxHeight],
  ];
}

function isReversed(low: unknown, high: unknown): boolean {
  if (low === undefined || high === undefined) return false;
  const a = parseDecimal(low);
  const b = parseDecimal(high);
  if (a && b) return compareDecimal(a, b) > 0;
  // ISO dates and times compare as text; `today`/`now` are not checked
  return typeof low === 'string' && typeof high === 'string' && !['today', 'now'].includes(low) && !['today', 'now'].includes(high) && low > high;
}

function checkBounds(field: FormField): FormDiagnostic[] {
  return boundPairs(field)
    .filter(([, low, , high]) => isReversed(low, high))
    .map(([lowName, low, highName, high]) => definitionError('invalid-range', `${lowName} (${String(low)}) is greater than ${highName} (${String(high)}).`, { field: field.key, property: lowName }));
}

function checkPatterns(field: FormField): FormDiagnostic[] {
  const patterns: [string, string | undefined][] = [['pattern', (field as { pattern?: string }).pattern]];
  if ('subFields' in field) for (const [part, config] of Object.entries(field.subFields)) patterns.push([`subFields.${part}.pattern`, config?.pattern]);
  return patterns.flatMap(([property, pattern]) => {
    const problem = pattern === undefined ? null : findPatternProblem(pattern);
    return problem === null ? [] : [definitionError('invalid-pattern', `${problem}.`, { field: field.key, property })];
  });
}

function checkDefault(field: DataField, timeZone: string): FormDiagnostic[] {
  if (field.defaultValue === undefined) return [];
  const coerced = coerceValue(field, field.defaultValue, { timeZone });
  const problems = coerced.error ? [coerced.error] : validateValue(field, coerced.value, { now: 0, timeZone, options: staticOptions(field) });
  return problems
    .filter((problem) => !['min', 'max'].includes(problem.code) || coerced.error) // date bounds may be relative
    .map((problem) => definitionError('invalid-default', `The default value is invalid (${problem.code}).`, { field: field.key, property: 'defaultValue' }));
}

function staticOptions(field: DataField) {
  return 'options' in field && field.options?.source === 'static' ? field.options.items : undefined;
}

function checkOptions(field: DataField): FormDiagnostic[] {
  const values = staticOptions(field)?.map((option) => option.value) ?? [];
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  return [...new Set(duplicates)].map((value) => definitionError('duplicate-option', `The option value '${value}' is listed more than once.`, { field: field.key, property: 'options.items' }));
}

function checkTimeZone(field: FormField): FormDiagnostic[] {
  const zone = (field as { timeZone?: string }).timeZone;
  if (zone === undefined || isKnownTimeZone(zone)) return [];
  return [definitionError('unknown-time-zone', `'${zone}' is not a known time zone.`, { field: field.key, property: 'timeZone' })];
}

/** The static problems of one field. */
export function checkField(field: FormField): FormDiagnostic[] {
  const common = [...checkBounds(field), ...checkPatterns(field), ...checkTimeZone(field)];
  return isDataField(field) ? [...common, ...checkDefault(field, 'UTC'), ...checkOptions(field)] : common;
}
