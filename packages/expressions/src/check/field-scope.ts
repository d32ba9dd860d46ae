/**
 * Resolving a field path against the declared field types: the full dotted key first, then the
 * first segment and the record/list structure below it. Without declared fields everything is `any`.
 */
import type { ExprType, FieldTypes } from '../types.ts';
import { memberType, T } from './expr-types.ts';

export type FieldResolution =
  | { ok: true; type: ExprType }
  | { ok: false; failedAt: number; candidates: string[] };

const hasOwn = Object.prototype.hasOwnProperty;

export function resolveField(fields: FieldTypes | undefined, path: string[]): FieldResolution {
  if (!fields) return { ok: true, type: T.any };
  const head = path[0] ?? '';
  const dotted = path.length === 1 ? head : path.join('.');
  if (hasOwn.call(fields, dotted)) return { ok: true, type: fields[dotted] as ExprType };
  if (!hasOwn.call(fields, head)) return { ok: false, failedAt: 0, candidates: Object.keys(fields) };
  let type = fields[head] as ExprType;
  for (let index = 1; index < path.length; index += 1) {
    const next = memberType(type, path[index] ?? '');
    if (next === undefined) return { ok: false, failedAt: index, candidates: propertyNames(type) };
    type = next;
  }
  return { ok: true, type };
}

/** The property names a value of this type has (records, and records inside lists). */
export function propertyNames(type: ExprType): string[] {
  if (type.kind === 'list') return propertyNames(type.element);
  return type.kind === 'record' ? Object.keys(type.fields) : [];
}

/** The declared type used to coerce a field value at run time (only scalar kinds coerce). */
export function declaredType(fields: FieldTypes | undefined, path: string[]): ExprType | null {
  const resolution = resolveField(fields, path);
  if (!resolution.ok) return null;
  const kind = resolution.type.kind;
  return kind === 'number' || kind === 'decimal' || kind === 'date' || kind === 'datetime' ? resolution.type : null;
}
