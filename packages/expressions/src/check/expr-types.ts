/** Static types: constants, printing, unification and what a parameter kind accepts. */
import type { ExprType, ParamKind } from '../types.ts';

export const T = {
  number: { kind: 'number' },
  decimal: { kind: 'decimal' },
  string: { kind: 'string' },
  boolean: { kind: 'boolean' },
  date: { kind: 'date' },
  datetime: { kind: 'datetime' },
  null: { kind: 'null' },
  any: { kind: 'any' },
} as const satisfies Record<string, ExprType>;

export function listOf(element: ExprType): ExprType {
  return { kind: 'list', element };
}

export function typeToString(type: ExprType): string {
  if (type.kind === 'list') return `list<${typeToString(type.element)}>`;
  if (type.kind === 'record') {
    const entries = Object.entries(type.fields).map(([name, field]) => `${name}: ${typeToString(field)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return type.kind;
}

export function isNumericType(type: ExprType): boolean {
  return type.kind === 'number' || type.kind === 'decimal';
}

export function isUnknownType(type: ExprType): boolean {
  return type.kind === 'any' || type.kind === 'null';
}

/** The common type of two branches or list items. */
export function unifyTypes(a: ExprType, b: ExprType): ExprType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'any' || b.kind === 'any') return T.any;
  if (a.kind === b.kind) return a.kind === 'list' && b.kind === 'list' ? listOf(unifyTypes(a.element, b.element)) : a;
  return unifyKinds(a, b);
}

/** Different kinds: numbers widen to decimal, dates to datetime, anything else is any. */
function unifyKinds(a: ExprType, b: ExprType): ExprType {
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.has('number') && kinds.has('decimal')) return T.decimal;
  if (kinds.has('date') && kinds.has('datetime')) return T.datetime;
  return T.any;
}

export function unifyAll(types: ExprType[]): ExprType {
  return types.reduce<ExprType>((acc, type) => unifyTypes(acc, type), T.null);
}

/** Whether a value of `type` can be passed where `kind` is expected (null and any always can). */
export function acceptsType(kind: ParamKind, type: ExprType): boolean {
  if (kind === 'any' || isUnknownType(type)) return true;
  switch (kind) {
    case 'number': return isNumericType(type);
    case 'date': return type.kind === 'date' || type.kind === 'datetime' || type.kind === 'string';
    default: return type.kind === kind;
  }
}

/** The type of `.name` on a value of `type`: record field, projection over a list, or undefined. */
export function memberType(type: ExprType, name: string): ExprType | undefined {
  if (type.kind === 'any') return T.any;
  if (type.kind === 'null') return T.null;
  if (type.kind === 'list') {
    const element = memberType(type.element, name);
    return element === undefined ? undefined : listOf(element);
  }
  if (type.kind === 'record') return Object.hasOwn(type.fields, name) ? type.fields[name] : undefined;
  return undefined;
}

/** The element type when a value is used as a list (a single value counts as itself). */
export function elementType(type: ExprType): ExprType {
  return type.kind === 'list' ? type.element : type;
}
