/**
 * Words for verification warnings: rule lists, witnesses (a concrete input per analysed column, as
 * FEEL text), regions of segments written as FEEL unary tests, and the note about columns the
 * analysis had to leave out.
 */
import type { Condition, ValueKind } from '../analysis/condition.ts';
import { nothing } from '../analysis/condition.ts';
import { isoOfDay } from '../analysis/days.ts';
import { conditionText, valueText } from '../analysis/feel-text.ts';
import { normalize, type Interval, type Ordered } from '../analysis/interval-set.ts';
import { bitIndexes, firstBit, sameBits, type Bitset } from '../analysis/bitset.ts';
import type { Segment } from '../analysis/segments.ts';
import type { Dimension, TableModel } from './table-model.ts';

/** `r1`, `r1 and r2`, `r1, r2 and r3` (at most `max` named). */
export function ruleList(ids: readonly string[], max = 6): string {
  const named = ids.slice(0, max);
  const more = ids.length - named.length;
  const items = more > 0 ? [...named, `${more} more`] : named;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface Witness {
  /** By input column id, as FEEL text. */
  values: Record<string, string>;
  /** `Amount = 2000, Region = "EU" on 2026-07-01`. */
  text: string;
}

/** The input given by one segment per dimension. */
export function witnessOf(model: TableModel, segmentPerDim: readonly number[]): Witness {
  const values: Record<string, string> = {};
  const parts: string[] = [];
  let on = '';
  model.dims.forEach((dim, d) => {
    const segment = dim.segments[segmentPerDim[d] ?? 0];
    if (!segment) return;
    if (dim.column === null) {
      on = ` on ${isoOfDay(segment.value as number)}`;
      return;
    }
    const text = valueText(segment.kind, segment.value);
    values[dim.id] = text;
    parts.push(`${dim.label} = ${text}`);
  });
  return { values, text: `${parts.join(', ') || 'any input'}${on}` };
}

const READABLE = new Set<unknown>(['other', 'x']);

/** How readable a segment's value is as an example: values from the table first, null last. */
function readability(segment: Segment | undefined): number {
  if (!segment || segment.kind === 'null') return 3;
  const { interval } = segment;
  if (!interval || (interval.lo && interval.hi && interval.lo.value === interval.hi.value)) return 0;
  return READABLE.has(segment.value) || segment.kind !== 'string' ? 1 : 2;
}

function readableSegment(dim: Dimension | undefined, bits: Bitset): number {
  let best = Math.max(firstBit(bits), 0);
  if (!dim) return best;
  for (const s of bitIndexes(bits)) if (readability(dim.segments[s]) < readability(dim.segments[best])) best = s;
  return best;
}

/** A witness inside a region (the most readable segment of each dimension). */
export function witnessIn(model: TableModel, region: readonly Bitset[]): Witness {
  return witnessOf(model, region.map((bits, d) => readableSegment(model.dims[d], bits)));
}

function segmentsCondition(segments: readonly Segment[], bits: Bitset): Condition {
  const condition = nothing();
  const intervals: Record<'number' | 'string' | 'date', Interval<Ordered>[]> = { number: [], string: [], date: [] };
  for (const s of bitIndexes(bits)) {
    const segment = segments[s];
    if (!segment) continue;
    if (segment.kind === 'boolean') condition[segment.value ? 'true' : 'false'] = true;
    else if (segment.kind === 'null') condition.null = true;
    else if (segment.interval) intervals[segment.kind].push(segment.interval);
  }
  return { ...condition, number: normalize(intervals.number) as Interval<number>[], string: normalize(intervals.string) as Interval<string>[], date: normalize(intervals.date) as Interval<number>[] };
}

/** The segments `bits` of a dimension as FEEL unary tests (`not(…)` when that is shorter). */
export function regionText(dim: Dimension, bits: Bitset): string {
  const kinds = new Set<ValueKind>(dim.segments.map((segment) => segment.kind));
  const positive = conditionText(segmentsCondition(dim.segments, bits), kinds);
  const rest = dim.all.map((word, i) => (word & ~(bits[i] ?? 0)) >>> 0);
  const negative = conditionText(segmentsCondition(dim.segments, rest), kinds);
  const negated = negative === null || negative === '' ? null : `not(${negative})`;
  if (positive === null || positive === '') return negated ?? 'some values';
  return negated !== null && negated.length < positive.length ? negated : positive;
}

/** `Amount > 5`, `Region = "EU"`, `Region in ("EU", "US")`, `Region not in ("EU")`. */
function phrase(label: string, tests: string): string {
  if (/^[<>]/.test(tests)) return `${label} ${tests}`;
  if (tests.startsWith('not(')) return `${label} not in (${tests.slice(4, -1)})`;
  if (/^[[(\]]/.test(tests) && !tests.includes(', ')) return `${label} in ${tests}`;
  return tests.includes(', ') || /^[[(\]]/.test(tests) ? `${label} in (${tests})` : `${label} = ${tests}`;
}

/** `Amount in [1000..5000] and Region not in ("EU")` for the dimensions a box restricts. */
export function boxText(model: TableModel, box: readonly Bitset[]): string {
  const parts = model.dims.flatMap((dim, d) => {
    const bits = box[d];
    if (!bits || sameBits(bits, dim.all)) return [];
    return [phrase(dim.label, regionText(dim, bits))];
  });
  return parts.join(' and ');
}

/** Why a check may have missed something, when some columns could not be analysed. */
export function opaqueNote(model: TableModel, consequence: string): string {
  if (model.opaque.length === 0) return '';
  const names = model.opaque.map((column) => `"${column.label}"`).join(', ');
  const one = model.opaque.length === 1;
  return ` ${one ? 'Column' : 'Columns'} ${names} ${one ? 'was' : 'were'} not analysed (${one ? 'its' : 'their'} entries use names, functions or other expressions), so ${consequence}.`;
}
