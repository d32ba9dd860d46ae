/**
 * Field and property access. A path is read from `values` by its full dotted key when the host
 * passes one, otherwise segment by segment; `.name` on a list projects it over the items.
 * Only own properties are read, so `__proto__` and `constructor` are missing fields.
 */
import type { Span } from '../syntax/ast.ts';
import type { ExprType } from '../types.ts';
import { Dec } from './numeric.ts';
import { checkListLength, step, type EvalState } from './state.ts';
import { Instant, parseTemporal, PlainDate, plainDateOf } from './temporal.ts';
import { epochDayIn, startOfDay } from './time-zone.ts';
import { fromJs, isRecord, readProperty, type Value } from './values.ts';

const hasOwn = Object.prototype.hasOwnProperty;
const NUMBER_TEXT = /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** `.name` on a value: a record's own property, or the projection over a list's items. */
export function readMember(value: Value, site: MemberSite, state: EvalState): Value {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    step(state, value.length, site.span);
    checkListLength(state, value.length, site.span);
    return value.map((item) => readMember(fromJs(item), site, state));
  }
  return isRecord(value) ? readProperty(value, site.name) : null;
}

export type MemberSite = { name: string; span: Span };
export type PathSite = { path: string[]; dotted: string; span: Span };

/** Reads a field path from the host's values. */
export function readPath(values: Record<string, unknown>, site: PathSite, state: EvalState): Value {
  const path = site.path;
  if (path.length > 1 && hasOwn.call(values, site.dotted)) return fromJs(values[site.dotted]);
  const head = path[0] as string;
  let value: Value = hasOwn.call(values, head) ? fromJs(values[head]) : null;
  for (let index = 1; index < path.length; index += 1) value = readMember(value, { name: path[index] as string, span: site.span }, state);
  return value;
}

/**
 * Values of declared fields are read as their type: numeric text as an exact number for
 * number/decimal fields, ISO text as a date or date-time for date fields (invalid → null).
 */
export function coerceToDeclared(value: Value, type: ExprType, state: EvalState): Value {
  if (typeof value !== 'string') return coerceNonText(value, type, state);
  switch (type.kind) {
    case 'number': case 'decimal': return NUMBER_TEXT.test(value) ? new Dec(value.trim()) : null;
    case 'date': {
      const parsed = parseTemporal(value, state.zone);
      return parsed instanceof Instant ? parseTemporal(value.slice(0, 10), state.zone) : parsed;
    }
    case 'datetime': {
      const parsed = parseTemporal(value, state.zone);
      return parsed instanceof PlainDate ? new Instant(startOfDay(parsed.days, state.zone)) : parsed;
    }
    default: return value;
  }
}

function coerceNonText(value: Value, type: ExprType, state: EvalState): Value {
  if (type.kind === 'date' && value instanceof Instant) return plainDateOf(epochDayIn(value.ms, state.zone));
  return value;
}
