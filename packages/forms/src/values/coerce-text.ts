/** Text values (short, long, rich, e-mail, URL, phone): strings, trimmed where a line is expected, masked. */
import type { FieldOfType } from '@flowforge/contracts';
import { EMPTY, isBlank, rejected, type Coerced } from './coerced.ts';
import { applyMask } from './input-mask.ts';

type TextField = FieldOfType<'short-text' | 'long-text' | 'rich-text' | 'email' | 'url' | 'phone'>;

const MULTILINE = new Set(['long-text', 'rich-text']);

function asText(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return null;
}

function applyCase(field: TextField, text: string): string {
  if (field.type !== 'short-text' || field.textCase === 'none') return text;
  return field.textCase === 'upper' ? text.toUpperCase() : text.toLowerCase();
}

export function coerceText(field: TextField, raw: unknown): Coerced {
  if (isBlank(raw)) return EMPTY;
  const text = asText(raw);
  if (text === null) return rejected(raw, { code: 'invalid-type', params: { expected: 'text' } });
  const value = applyCase(field, MULTILINE.has(field.type) ? text : text.trim());
  const mask = field.type === 'short-text' || field.type === 'phone' ? field.mask : undefined;
  if (mask === undefined) return { value };
  const masked = applyMask(mask, value);
  if (!masked?.isComplete) return rejected(raw, { code: 'mask', params: { mask } });
  return { value: masked.value };
}
