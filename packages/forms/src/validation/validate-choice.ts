/** Checks of picked values: choices among the current options, counts, and file size/type/dimensions. */
import type { FieldOfType, FileRef } from '@flowforge/contracts';
import type { ErrorDraft } from './form-errors.ts';
import type { ValidationEnv } from './validation-env.ts';

type ChoiceField = FieldOfType<'dropdown' | 'radio' | 'checkbox' | 'multi-select'>;
type FileField = FieldOfType<'file' | 'files' | 'image'>;

function checkCount(count: number, min: number | undefined, max: number | undefined): ErrorDraft[] {
  if (min !== undefined && count < min) return [{ code: 'min-items', params: { min, actual: count } }];
  if (max !== undefined && count > max) return [{ code: 'max-items', params: { max, actual: count } }];
  return [];
}

export function validateChoice(field: ChoiceField, value: unknown, env: ValidationEnv): ErrorDraft[] {
  if (typeof value === 'boolean') return [];
  const chosen = Array.isArray(value) ? (value as string[]) : [value as string];
  const available = new Set(env.options?.map((option) => option.value));
  const unknown = chosen.filter((choice) => !available.has(choice));
  if (unknown.length > 0) return [{ code: 'invalid-option', params: { values: unknown } }];
  if (field.type === 'multi-select' || field.type === 'checkbox') return checkCount(chosen.length, field.minSelected, field.maxSelected);
  return [];
}

/** `image/*`, `application/pdf` or `.pdf` (case-insensitive). */
function isAccepted(file: FileRef, accept: readonly string[]): boolean {
  const mime = file.mimeType.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((entry) => {
    const pattern = entry.trim().toLowerCase();
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return mime.startsWith(pattern.slice(0, -1));
    return mime === pattern;
  });
}

const isBelow = (actual: number | undefined, limit: number | undefined) => limit !== undefined && (actual ?? 0) < limit;
const isAbove = (actual: number | undefined, limit: number | undefined) => limit !== undefined && (actual ?? 0) > limit;

function checkImage(field: FieldOfType<'image'>, file: FileRef): ErrorDraft[] {
  const dims = { minWidth: field.minWidth ?? 0, minHeight: field.minHeight ?? 0, maxWidth: field.maxWidth ?? '∞', maxHeight: field.maxHeight ?? '∞' };
  if (isBelow(file.width, field.minWidth) || isBelow(file.height, field.minHeight)) return [{ code: 'image-too-small', params: dims }];
  if (isAbove(file.width, field.maxWidth) || isAbove(file.height, field.maxHeight)) return [{ code: 'image-too-large', params: dims }];
  return [];
}

function checkFile(field: FileField, file: FileRef): ErrorDraft[] {
  if (field.maxSizeBytes !== undefined && file.size > field.maxSizeBytes) {
    return [{ code: 'file-too-large', params: { name: file.name, size: file.size, maxSizeBytes: field.maxSizeBytes } }];
  }
  const accept = field.accept ?? (field.type === 'image' ? ['image/*'] : undefined);
  if (accept && !isAccepted(file, accept)) return [{ code: 'file-type', params: { name: file.name, accept } }];
  return field.type === 'image' ? checkImage(field, file) : [];
}

export function validateFile(field: FileField, value: unknown): ErrorDraft[] {
  const files = Array.isArray(value) ? (value as FileRef[]) : [value as FileRef];
  const count = field.type === 'files' ? checkCount(files.length, field.minFiles, field.maxFiles) : [];
  return [...count, ...files.flatMap((file) => checkFile(field, file))];
}
