/**
 * Field types for checking expressions, inferred from the playground's sample data: numbers,
 * booleans, texts (ISO dates and date-times as dates), lists and records. Null says nothing.
 */
import type { ExprType, FieldTypes } from '@flowforge/expressions';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const MAX_DEPTH = 16;
const ANY: ExprType = { kind: 'any' };

function inferTextType(text: string): ExprType {
  if (ISO_DATE.test(text)) return { kind: 'date' };
  if (ISO_DATE_TIME.test(text)) return { kind: 'datetime' };
  return { kind: 'string' };
}

function mergeRecords(a: Record<string, ExprType>, b: Record<string, ExprType>): Record<string, ExprType> {
  const merged: Record<string, ExprType> = { ...a };
  for (const [name, type] of Object.entries(b)) merged[name] = name in merged ? unifyTypes(merged[name] ?? ANY, type) : type;
  return merged;
}

/** Different kinds: dates widen to date-times, dates and texts to text, anything else is any. */
function unifyKinds(a: ExprType, b: ExprType): ExprType {
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.has('date') && kinds.has('datetime')) return { kind: 'datetime' };
  if (kinds.has('date') && kinds.has('string')) return { kind: 'string' };
  return ANY;
}

/** The type both values fit: the same kind stays, lists and records merge item by item. */
export function unifyTypes(a: ExprType, b: ExprType): ExprType {
  if (a.kind === 'any') return b;
  if (b.kind === 'any') return a;
  if (a.kind === 'list' && b.kind === 'list') return { kind: 'list', element: unifyTypes(a.element, b.element) };
  if (a.kind === 'record' && b.kind === 'record') return { kind: 'record', fields: mergeRecords(a.fields, b.fields) };
  return a.kind === b.kind ? a : unifyKinds(a, b);
}

/** The type of one sample value. */
export function inferValueType(value: unknown, depth = 0): ExprType {
  if (depth > MAX_DEPTH || value === null || value === undefined) return ANY;
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (typeof value === 'string') return inferTextType(value);
  if (Array.isArray(value)) {
    const element = value.reduce<ExprType>((type, item) => unifyTypes(type, inferValueType(item, depth + 1)), ANY);
    return { kind: 'list', element };
  }
  if (typeof value === 'object') {
    const fields = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, inferValueType(item, depth + 1)]));
    return { kind: 'record', fields };
  }
  return ANY;
}

/** Every top-level key of the sample data as a field in scope. */
export function inferFieldTypes(sample: Readonly<Record<string, unknown>>): FieldTypes {
  return Object.fromEntries(Object.entries(sample).map(([name, value]) => [name, inferValueType(value)]));
}

/** A type as the playground shows it: `number`, `list<{ amount: number }>`. */
export function formatType(type: ExprType): string {
  if (type.kind === 'list') return `list<${formatType(type.element)}>`;
  if (type.kind === 'record') {
    const entries = Object.entries(type.fields).map(([name, field]) => `${name}: ${formatType(field)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return type.kind;
}
