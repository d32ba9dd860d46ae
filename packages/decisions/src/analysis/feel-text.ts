/**
 * Writing values and conditions back as FEEL text, for verification witnesses and messages:
 * `5000`, `"EU"`, `date("2026-01-31")`, `[1000..5000)`, `not("EU", "US")`.
 */
import type { Condition, OrderedKind, ValueKind } from './condition.ts';
import { isoOfDay } from './days.ts';
import type { Interval, IntervalSet, Ordered } from './interval-set.ts';

/** FEEL number text (never exponent notation, which FEEL does not have). */
export function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function orderedText(kind: OrderedKind, value: Ordered): string {
  if (kind === 'string') return JSON.stringify(value);
  return kind === 'date' ? `date("${isoOfDay(value as number)}")` : numberText(value as number);
}

/** FEEL literal text of a value of the given kind (dates as day numbers). */
export function valueText(kind: ValueKind, value: Ordered | boolean | null): string {
  if (kind === 'null' || value === null) return 'null';
  if (kind === 'boolean') return value ? 'true' : 'false';
  return orderedText(kind, value as Ordered);
}

/** One interval as a FEEL unary test, or null when it is unbounded on both sides. */
function intervalText(kind: OrderedKind, { lo, hi }: Interval<Ordered>): string | null {
  if (lo && hi) {
    if (lo.value === hi.value) return orderedText(kind, lo.value);
    return `${lo.closed ? '[' : '('}${orderedText(kind, lo.value)}..${orderedText(kind, hi.value)}${hi.closed ? ']' : ')'}`;
  }
  if (hi) return `${hi.closed ? '<=' : '<'} ${orderedText(kind, hi.value)}`;
  if (lo) return `${lo.closed ? '>=' : '>'} ${orderedText(kind, lo.value)}`;
  return null;
}

function orderedAtoms(condition: Condition, kinds: ReadonlySet<ValueKind>): string[] | null {
  const atoms: string[] = [];
  for (const kind of ['number', 'string', 'date'] as const) {
    if (!kinds.has(kind)) continue;
    for (const interval of condition[kind] as IntervalSet<Ordered>) {
      const text = intervalText(kind, interval);
      if (text === null) return null;
      atoms.push(text);
    }
  }
  return atoms;
}

/**
 * The unary tests accepting exactly the condition's values of `kinds`, or null when that needs
 * "every value of a type", which FEEL unary tests cannot say without a function.
 */
export function conditionText(condition: Condition, kinds: ReadonlySet<ValueKind>): string | null {
  const atoms = orderedAtoms(condition, kinds);
  if (!atoms) return null;
  if (kinds.has('boolean')) atoms.push(...(condition.true ? ['true'] : []), ...(condition.false ? ['false'] : []));
  if (kinds.has('null') && condition.null) atoms.push('null');
  return atoms.join(', ');
}
