/**
 * Finding input combinations no rule of a set covers, dimension by dimension: the segments of the
 * first dimension are grouped by which candidate rules accept them, each group continues with only
 * those rules into the next dimension, and a group no rule accepts is an uncovered box. A node is
 * settled at once when one of its rules accepts everything left to decide. Results are memoised
 * per (dimension, rule set), and a shared work budget bounds the search: when it runs out the
 * caller reports the analysis as limited instead of blowing up on adversarial tables.
 */
import { and, bitIndexes, bitsKey, emptyBits, hasBit, intersects, isEmptyBits, isSubset, or, sameBits, setBit, type Bitset } from '../analysis/bitset.ts';
import type { Dimension, SegmentClass } from './table-model.ts';

export interface Budget {
  /** Work units (segments visited) left. */
  remaining: number;
  exhausted: boolean;
}

export function budgetOf(units: number): Budget {
  return { remaining: units, exhausted: false };
}

/** Per dimension, the segments of an uncovered region. */
export type Box = Bitset[];

export interface UncoveredQuery {
  dims: readonly Dimension[];
  /** Per dimension, the segments to look in (the whole domain, or one rule's region). */
  region: readonly Bitset[];
  /** Rules that may cover (bits over rule indexes). */
  candidates: Bitset;
  /** Stop after this many boxes. */
  limit: number;
  budget: Budget;
}

interface Search {
  query: UncoveredQuery;
  /** Per dimension d: the candidates accepting the whole region in dimensions d, d+1, …. */
  coversFrom: Bitset[];
  memo: Map<string, Box[]>;
}

interface Group {
  alive: Bitset;
  segments: Bitset;
}

function coversFrom(query: UncoveredQuery): Bitset[] {
  const { dims, region, candidates } = query;
  const out: Bitset[] = new Array(dims.length + 1);
  let covering = candidates;
  out[dims.length] = covering;
  for (let d = dims.length - 1; d >= 0; d -= 1) {
    const dim = dims[d] as Dimension;
    const next = emptyBits(candidates.length * 32);
    for (let r = 0; r < candidates.length * 32; r += 1) {
      if (((covering[r >>> 5] ?? 0) >>> (r & 31)) & 1 && isSubset(region[d] as Bitset, dim.accepts[r] as Bitset)) setBit(next, r);
    }
    covering = next;
    out[d] = covering;
  }
  return out;
}

function hashOf(bits: Bitset): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bits.length; i += 1) hash = Math.imul(hash ^ (bits[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

/** Adds segments to the group of rules `alive` (groups found by hash, then compared). */
function addToGroup(groups: Map<number, Group[]>, alive: Bitset, segments: Bitset): void {
  const hash = hashOf(alive);
  const bucket = groups.get(hash);
  const group = bucket?.find((candidate) => sameBits(candidate.alive, alive));
  if (group) group.segments = or(group.segments, segments);
  else if (bucket) bucket.push({ alive, segments });
  else groups.set(hash, [{ alive, segments }]);
}

/** The region's segments in dimension d, grouped by which of the alive rules accept them. */
function groupSegments(search: Search, d: number, alive: Bitset): Group[] {
  const dim = search.query.dims[d] as Dimension;
  const region = search.query.region[d] as Bitset;
  const groups = new Map<number, Group[]>();
  if (sameBits(region, dim.all)) {
    search.query.budget.remaining -= dim.classes.length;
    for (const { coverers, segments } of dim.classes) addToGroup(groups, and(alive, coverers), segments);
    return [...groups.values()].flat();
  }
  const touched = new Map<number, Bitset>();
  const indexes = bitIndexes(region);
  search.query.budget.remaining -= indexes.length;
  for (const s of indexes) {
    const c = dim.classOf[s] as number;
    let segments = touched.get(c);
    if (!segments) {
      segments = emptyBits(dim.segments.length);
      touched.set(c, segments);
    }
    setBit(segments, s);
  }
  for (const [c, segments] of touched) addToGroup(groups, and(alive, (dim.classes[c] as SegmentClass).coverers), segments);
  return [...groups.values()].flat();
}

function explore(search: Search, d: number, alive: Bitset): Box[] {
  const { query } = search;
  if (isEmptyBits(alive)) return [query.region.slice(d) as Bitset[]];
  if (d === query.dims.length || intersects(alive, search.coversFrom[d] as Bitset)) return [];
  const key = `${d}|${bitsKey(alive)}`;
  const known = search.memo.get(key);
  if (known) return known;
  if (query.budget.remaining <= 0) {
    query.budget.exhausted = true;
    return [];
  }
  const boxes: Box[] = [];
  for (const group of groupSegments(search, d, alive)) {
    for (const tail of explore(search, d + 1, group.alive)) {
      boxes.push([group.segments, ...tail]);
      if (boxes.length >= query.limit) break;
    }
    if (boxes.length >= query.limit) break;
  }
  search.memo.set(key, boxes);
  return boxes;
}

const PROBES = 4;

/**
 * A few cheap tries before the search: points made of the first, last or middle segment of every
 * dimension. One no candidate accepts is an uncovered box of single segments.
 */
function probe(query: UncoveredQuery): Box | null {
  const perDim = query.region.map(bitIndexes);
  const rules = bitIndexes(query.candidates);
  for (let p = 0; p < PROBES; p += 1) {
    const point = perDim.map((indexes) => indexes[[0, indexes.length - 1, indexes.length >>> 1, indexes.length >>> 2][p] ?? 0] as number);
    const covered = rules.some((r) => query.dims.every((dim, d) => hasBit(dim.accepts[r] as Bitset, point[d] as number)));
    if (!covered) {
      return point.map((s, d) => {
        const bits = emptyBits((query.dims[d] as Dimension).segments.length);
        setBit(bits, s);
        return bits;
      });
    }
  }
  return null;
}

/** Up to `limit` regions inside `region` that none of the candidate rules covers. */
export function uncoveredBoxes(query: UncoveredQuery): Box[] {
  if (query.region.some(isEmptyBits)) return [];
  if (query.limit === 1) {
    const found = probe(query);
    if (found) return [found];
  }
  return explore({ query, coversFrom: coversFrom(query), memo: new Map() }, 0, query.candidates);
}
