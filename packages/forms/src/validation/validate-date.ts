/**
 * Checks of date and time values against their bounds. `today` and `now` are read from the
 * context clock in the field's zone (else the context's); ISO strings of one kind compare as text.
 */
import type { FieldOfType } from '@flowforge/contracts';
import { readDateTime, readTimeSeconds } from '../values/coerce-date.ts';
import { dateAt, dayNumber } from '../values/time-zone.ts';
import type { ErrorDraft } from './form-errors.ts';
import type { ValidationEnv } from './validation-env.ts';

type DateBounded = FieldOfType<'date' | 'date-range'>;

function resolveDate(bound: string | undefined, field: DateBounded, env: ValidationEnv): string | undefined {
  return bound === 'today' ? dateAt(env.now, field.timeZone ?? env.timeZone) : bound;
}

function checkDate(date: string, field: DateBounded, env: ValidationEnv): ErrorDraft[] {
  const min = resolveDate(field.min, field, env);
  const max = resolveDate(field.max, field, env);
  if (min !== undefined && date < min) return [{ code: 'min', params: { min } }];
  if (max !== undefined && date > max) return [{ code: 'max', params: { max } }];
  return [];
}

export function validateDate(field: FieldOfType<'date'>, value: unknown, env: ValidationEnv): ErrorDraft[] {
  return checkDate(value as string, field, env);
}

export function validateDateRange(field: FieldOfType<'date-range'>, value: unknown, env: ValidationEnv): ErrorDraft[] {
  const { start, end } = value as { start: string | null; end: string | null };
  const bounds = [start, end].flatMap((date) => (date === null ? [] : checkDate(date, field, env)));
  if (bounds.length > 0 || start === null || end === null) return bounds.slice(0, 1);
  if (end < start) return [{ code: 'date-range-order' }];
  const days = dayNumber(end) - dayNumber(start) + 1; // both ends count: Mon–Fri is 5 days
  if (field.minDays !== undefined && days < field.minDays) return [{ code: 'min-days', params: { min: field.minDays, actual: days } }];
  if (field.maxDays !== undefined && days > field.maxDays) return [{ code: 'max-days', params: { max: field.maxDays, actual: days } }];
  return [];
}

export function validateTime(field: FieldOfType<'time'>, value: unknown): ErrorDraft[] {
  const seconds = readTimeSeconds(value as string) as number;
  if (field.min !== undefined && seconds < (readTimeSeconds(field.min) ?? 0)) return [{ code: 'min', params: { min: field.min } }];
  if (field.max !== undefined && seconds > (readTimeSeconds(field.max) ?? 0)) return [{ code: 'max', params: { max: field.max } }];
  if (field.stepMinutes !== undefined && (seconds / 60) % field.stepMinutes !== 0) return [{ code: 'step', params: { step: field.stepMinutes } }];
  return [];
}

function resolveInstant(bound: string | undefined, env: ValidationEnv): number | undefined {
  if (bound === undefined) return undefined;
  return bound === 'now' ? env.now : (readDateTime(bound, 'UTC') ?? undefined);
}

export function validateDateTime(field: FieldOfType<'datetime'>, value: unknown, env: ValidationEnv): ErrorDraft[] {
  const instant = Date.parse(value as string);
  const min = resolveInstant(field.min, env);
  const max = resolveInstant(field.max, env);
  if (min !== undefined && instant < min) return [{ code: 'min', params: { min: new Date(min).toISOString() } }];
  if (max !== undefined && instant > max) return [{ code: 'max', params: { max: new Date(max).toISOString() } }];
  return [];
}
