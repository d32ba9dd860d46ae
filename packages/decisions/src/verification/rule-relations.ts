/**
 * Relations between two rules that the checks build on: where both match (overlap), whether one
 * matches wherever the other does (covers), whether their outputs are the same, and whether an
 * override (§11.3) separates them. Opaque columns compare entries as text: identical entries, or
 * `-`, are the only ones known to accept the same values.
 */
import type { DecisionRule } from '@flowforge/contracts';
import { sameValue } from '../feel/values.ts';
import { and, intersects, isEmptyBits, isSubset, type Bitset } from '../analysis/bitset.ts';
import type { TableModel } from './table-model.ts';

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const STRING = /^"[^"\\]*"$/;

/** The JSON value of a literal output entry (`"gold"`, `12.5`, `true`, `null`), or undefined. */
export function literalOutput(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (trimmed === 'null' || trimmed === '') return null;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  return STRING.test(trimmed) ? trimmed.slice(1, -1) : undefined;
}

function sameOutput(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const left = literalOutput(a);
  const right = literalOutput(b);
  return left !== undefined && right !== undefined && sameValue(left, right);
}

/** Whether two rules give the same outputs (literals by value, other expressions by text). */
export function sameOutputs(a: DecisionRule, b: DecisionRule): boolean {
  return a.outputEntries.length === b.outputEntries.length && a.outputEntries.every((entry, o) => sameOutput(entry, b.outputEntries[o] ?? ''));
}

/** Whether one of the rules overrides the other (then they never both apply). */
export function overrideBetween(a: DecisionRule, b: DecisionRule): boolean {
  return a.overrideIds.includes(b.id) || b.overrideIds.includes(a.id);
}

function entriesAgree(model: TableModel, a: number, b: number): boolean {
  return model.opaque.every(({ column }) => {
    const left = model.entries[a]?.[column];
    const right = model.entries[b]?.[column];
    return left === '-' || right === '-' || left === right;
  });
}

/** Per dimension, the segments both rules accept — or null when they cannot both match. */
export function overlapRegion(model: TableModel, a: number, b: number): Bitset[] | null {
  const region: Bitset[] = [];
  for (const dim of model.dims) {
    const both = and(dim.accepts[a] as Bitset, dim.accepts[b] as Bitset);
    if (isEmptyBits(both)) return null;
    region.push(both);
  }
  return entriesAgree(model, a, b) ? region : null;
}

/** Whether two rules can both match some input (overlapRegion without building the region). */
export function canOverlap(model: TableModel, a: number, b: number): boolean {
  for (const dim of model.dims) if (!intersects(dim.accepts[a] as Bitset, dim.accepts[b] as Bitset)) return false;
  return entriesAgree(model, a, b);
}

/** Whether rule `outer` matches every input rule `inner` matches. */
export function covers(model: TableModel, outer: number, inner: number): boolean {
  const opaqueOk = model.opaque.every(({ column }) => {
    const text = model.entries[outer]?.[column];
    return text === '-' || text === model.entries[inner]?.[column];
  });
  return opaqueOk && model.dims.every((dim) => isSubset(dim.accepts[inner] as Bitset, dim.accepts[outer] as Bitset));
}

/** Per dimension, the segments a rule accepts. */
export function ruleRegion(model: TableModel, r: number): Bitset[] {
  return model.dims.map((dim) => dim.accepts[r] as Bitset);
}

/** The first dimension in which a rule accepts nothing (it can never match), if any. */
export function emptyDimension(model: TableModel, r: number): number {
  return model.dims.findIndex((dim) => isEmptyBits(dim.accepts[r] as Bitset));
}
