/**
 * Values as input text and back: what an input shows for a stored value, and whether the text the
 * user is typing still stands for the stored value (so trimming or masking does not fight typing).
 */
import type { DataField } from '@flowforge/contracts';
import { applyMask, coerceValue } from '@flowforge/forms';

/** `0.125` → `12.5%` (percentages are stored as fractions). */
export function formatPercent(fraction: number): string {
  return `${String(Number((fraction * 100).toPrecision(12)))}%`;
}

/** An instant as `YYYY-MM-DDTHH:mm` in `timeZone`, the value a datetime-local input takes. */
export function toDateTimeLocal(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The text an input shows for a stored value (raw input that could not be read is shown as is). */
export function formatInputText(field: DataField, value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'percentage' && typeof value === 'number') return formatPercent(value);
  if (field.type === 'datetime' && typeof value === 'string') return toDateTimeLocal(value, field.timeZone ?? timeZone);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Typed text formatted by the field's input mask as far as it goes (`5551` → `(555) 1`). */
export function maskInputText(field: DataField, text: string): string {
  const mask = field.type === 'short-text' || field.type === 'phone' ? field.mask : undefined;
  if (mask === undefined) return text;
  return applyMask(mask, text)?.value ?? text;
}

/** A file size in the locale's words: bytes, kB or MB. */
export function formatFileSize(bytes: number, locale: string): string {
  const [unit, divisor] = bytes < 1000 ? (['byte', 1] as const) : bytes < 1_000_000 ? (['kilobyte', 1000] as const) : (['megabyte', 1_000_000] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}

/** Typed text as the runtime's raw input: several references are typed comma-separated. */
export function readInputText(field: DataField, text: string): unknown {
  const isList = (field.type === 'lookup' || field.type === 'user-picker' || field.type === 'record-link') && field.multiple;
  return isList ? text.split(',').map((id) => id.trim()).filter((id) => id !== '') : text;
}

function isSameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

export interface DisplayRequest {
  field: DataField;
  /** What the user last typed into this input, or null. */
  draft: string | null;
  value: unknown;
  timeZone: string;
}

/** The draft while it still reads as the stored value; the formatted value once something else set it. */
export function pickDisplayText({ field, draft, value, timeZone }: DisplayRequest): string {
  if (draft !== null && isSameValue(coerceValue(field, readInputText(field, draft), { timeZone }).value, value)) return draft;
  return formatInputText(field, value, timeZone);
}
