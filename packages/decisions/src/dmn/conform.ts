/**
 * DMN type checking of values against typeRefs (DMN 1.5 §7.3.2, §10.3.2.9.4): a value that does not
 * conform to the declared type becomes null. Conversions DMN defines are applied first: a single
 * value becomes a one-item list when a collection is expected, a one-item list becomes its item
 * when a single value is expected, and a date becomes a date and time at UTC midnight. Item
 * definitions add collections, structures (context components, extra entries allowed), function
 * types and allowed values / type constraints.
 */
import { FeelDateTime, unaryTest } from 'feelin';
import type { DmnItemDefinition } from './model.ts';
import { feelKind, isContextValue, type FeelKind } from './feel-kind.ts';
import { parseTypeExpression, type TypeExpression } from './type-syntax.ts';

/** Where type names are looked up: one model's item definitions and its imports. */
export interface TypeScope {
  definitions: ReadonlyMap<string, DmnItemDefinition>;
  imports: ReadonlyMap<string, TypeScope>;
  /** Strict checking (FEEL `instance of`): no singleton-list or date → date and time conversions. */
  strict?: boolean;
}

export type Conformance = { ok: true; value: unknown } | { ok: false };

const NO: Conformance = { ok: false };
const yes = (value: unknown): Conformance => ({ ok: true, value });

const BUILTIN_KINDS: Record<string, readonly FeelKind[]> = {
  number: ['number'],
  string: ['string'],
  boolean: ['boolean'],
  date: ['date'],
  time: ['time'],
  'date and time': ['date and time'],
  datetime: ['date and time'],
  'days and time duration': ['days and time duration'],
  daytimeduration: ['days and time duration'],
  'years and months duration': ['years and months duration'],
  yearmonthduration: ['years and months duration'],
  duration: ['days and time duration', 'years and months duration'],
  context: ['context'],
  list: ['list'],
  function: ['function'],
  range: ['range'],
};

const ANY_NAMES = new Set(['any', 'null', '']);

const parsedTypes = new Map<string, TypeExpression>();

function parsed(typeRef: string): TypeExpression {
  let type = parsedTypes.get(typeRef);
  if (!type) {
    type = parseTypeExpression(typeRef);
    if (parsedTypes.size > 10_000) parsedTypes.clear();
    parsedTypes.set(typeRef, type);
  }
  return type;
}

function dateToDateTime(value: unknown): unknown {
  const kind = feelKind(value);
  if (kind !== 'date') return value;
  const date = (value as { value: { toPlainDateTime(): unknown } }).value;
  return new FeelDateTime(date.toPlainDateTime() as FeelDateTime['value'], 'UTC');
}

function conformBuiltin(value: unknown, kinds: readonly FeelKind[], strict: boolean): Conformance {
  if (kinds.includes(feelKind(value))) return yes(value);
  if (strict) return NO;
  const candidate = kinds.includes('date and time') ? dateToDateTime(value) : value;
  if (kinds.includes(feelKind(candidate))) return yes(candidate);
  if (Array.isArray(value) && value.length === 1 && !kinds.includes('list')) return conformBuiltin(value[0], kinds, strict);
  return NO;
}

function conformList(value: unknown, item: (element: unknown) => Conformance, strict = false): Conformance {
  if (strict && !Array.isArray(value)) return NO;
  const list = Array.isArray(value) ? value : [value];
  const out: unknown[] = [];
  for (const element of list) {
    if (element === null) { out.push(null); continue; }
    const result = item(element);
    if (!result.ok) return NO;
    out.push(result.value);
  }
  return yes(out);
}

function checkEntry(entry: unknown, check: (entry: unknown) => Conformance): Conformance {
  return entry === null || entry === undefined ? yes(null) : check(entry);
}

/** A one-item list stands for its item unless checking strictly. */
const unwrapped = (value: unknown, strict: boolean): unknown => (!strict && Array.isArray(value) && value.length === 1 ? value[0] : value);

function conformEntries(value: unknown, entries: readonly { name: string; check: (entry: unknown) => Conformance }[], strict = false): Conformance {
  const source = unwrapped(value, strict);
  if (!isContextValue(source)) return NO;
  const out: Record<string, unknown> = { ...source };
  for (const { name, check } of entries) {
    if (strict && !(name in source)) return NO;
    const result = checkEntry(source[name], check);
    if (!result.ok) return NO;
    if (result.value !== null) out[name] = result.value;
  }
  return yes(out);
}

/** Whether the value passes the unary tests; tests that cannot be read let nothing pass. */
function passes(tests: string | null, value: unknown): boolean {
  if (!tests) return true;
  try {
    return unaryTest(tests, { '?': value }).value === true;
  } catch {
    return false;
  }
}

function lookupDefinition(name: string, scope: TypeScope): { definition: DmnItemDefinition; scope: TypeScope } | null {
  const own = scope.definitions.get(name);
  if (own) return { definition: own, scope };
  const dot = name.indexOf('.');
  if (dot === -1) return null;
  const head = name.slice(0, dot);
  const rest = name.slice(dot + 1);
  const imported = scope.imports.get(head);
  if (imported) return lookupDefinition(rest, imported);
  const parent = scope.definitions.get(head);
  const component = parent?.components.find((candidate) => candidate.name === rest);
  return component ? { definition: component, scope } : null;
}

function conformItem(value: unknown, definition: DmnItemDefinition, scope: TypeScope): Conformance {
  if (definition.isCollection) {
    const single = { ...definition, isCollection: false, typeConstraint: null };
    const list = conformList(value, (element) => conformItem(element, single, scope), scope.strict);
    return list.ok && passes(definition.typeConstraint, list.value) ? list : NO;
  }
  const base = conformItemBase(value, definition, scope);
  // `instance of` asks for the type only: allowed values constrain values, not the type
  if (!base.ok || base.value === null || scope.strict) return base;
  return passes(definition.allowedValues, base.value) && passes(definition.typeConstraint, base.value) ? base : NO;
}

function conformItemBase(value: unknown, definition: DmnItemDefinition, scope: TypeScope): Conformance {
  if (definition.components.length > 0) {
    return conformEntries(value, definition.components.map((component) => ({ name: component.name, check: (entry) => conformItem(entry, component, scope) })), scope.strict);
  }
  if (definition.functionItem) return feelKind(value) === 'function' ? yes(value) : NO;
  return conformTo(value, definition.typeRef, scope);
}

function conformExpression(value: unknown, type: TypeExpression, scope: TypeScope): Conformance {
  switch (type.kind) {
    case 'name': return conformNamed(value, type.name, scope);
    case 'list': return Array.isArray(value) ? conformList(value, (element) => conformExpression(element, type.item, scope), scope.strict) : NO;
    case 'range': return feelKind(value) === 'range' ? yes(value) : NO;
    case 'function': return feelKind(value) === 'function' ? yes(value) : NO;
    case 'context': return conformEntries(value, type.entries.map((entry) => ({ name: entry.name, check: (inner) => conformExpression(inner, entry.type, scope) })), scope.strict);
  }
}

function conformNamed(value: unknown, name: string, scope: TypeScope): Conformance {
  const found = lookupDefinition(name, scope);
  if (found) return conformItem(value, found.definition, found.scope);
  const lower = name.toLowerCase();
  if (ANY_NAMES.has(lower)) return yes(value);
  const kinds = BUILTIN_KINDS[lower] ?? BUILTIN_KINDS[lower.replace(/\s+/g, '')];
  return kinds ? conformBuiltin(value, kinds, scope.strict ?? false) : yes(value);
}

/**
 * Checks (and converts) `value` against `typeRef`; null and untyped values always conform.
 * Unknown type names are not checked (the model is trusted over a missing definition).
 */
export function conformTo(value: unknown, typeRef: string | null, scope: TypeScope): Conformance {
  if (value === null || value === undefined) return yes(null);
  if (!typeRef) return yes(value);
  return conformExpression(value, parsed(typeRef), scope);
}

/** The value if it conforms to `typeRef`, else null (DMN's rule for results and inputs). */
export function coerce(value: unknown, typeRef: string | null, scope: TypeScope): unknown {
  const result = conformTo(value, typeRef, scope);
  return result.ok ? result.value : null;
}

/** Whether the typeRef names a collection (used to convert JSON and TCK inputs). */
export function isCollectionType(typeRef: string | null, scope: TypeScope): boolean {
  if (!typeRef) return false;
  const type = parsed(typeRef);
  if (type.kind === 'list') return true;
  if (type.kind !== 'name') return false;
  return lookupDefinition(type.name, scope)?.definition.isCollection ?? false;
}

export { lookupDefinition };

const TYPE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const typeValueCache = new WeakMap<TypeScope, Record<string, unknown>>();

/**
 * Values standing for the scope's item definitions in FEEL, so `x instance of tPerson` works:
 * feelin checks an unknown type name with `instanceof` against the value of that name, and each
 * value answers with a strict conformance check.
 */
export function typeValues(scope: TypeScope): Record<string, unknown> {
  let values = typeValueCache.get(scope);
  if (!values) {
    values = {};
    const strict: TypeScope = { ...scope, strict: true };
    for (const name of scope.definitions.keys()) {
      if (!TYPE_NAME.test(name)) continue;
      const type = function type() { /* stands for an item definition */ };
      Object.defineProperty(type, Symbol.hasInstance, { value: (value: unknown) => value !== null && value !== undefined && conformTo(value, name, strict).ok });
      values[name] = type;
    }
    typeValueCache.set(scope, values);
  }
  return values;
}
