/**
 * The analysable picture of a decision table that verification works on: one dimension per input
 * column whose entries all analyse (plus one for effective dates when rules have them), each split
 * into segments, and per rule the segments its entry accepts. Columns with an entry the analyser
 * cannot read (names, functions…) are "opaque": checks only compare their entries as text.
 *
 * A column's domain is its declared type (`any`: the types its entries mention), narrowed by its
 * allowed values; null only takes part when an entry mentions it, so a table over numbers is not
 * reported as missing a rule for a null amount.
 */
import type { DecisionInput, DecisionTable, FeelType } from '@flowforge/contracts';
import { analyseUnaryTests } from '../analysis/analyse-unary-tests.ts';
import type { Condition, ValueKind } from '../analysis/condition.ts';
import { nothing } from '../analysis/condition.ts';
import { dayNumber } from '../analysis/days.ts';
import { tokenize } from '../analysis/tokens.ts';
import { bitIndexes, bitsKey, emptyBits, fullBits, setBit, type Bitset } from '../analysis/bitset.ts';
import { acceptedSegments, columnSegments, type Segment } from '../analysis/segments.ts';

export interface Dimension {
  /** Input column index; null for the effective-date dimension (§11.3 valid_from / valid_to). */
  column: number | null;
  /** Input column id (witness key); '' for effective dates. */
  id: string;
  label: string;
  segments: Segment[];
  /** Every segment of the domain. */
  all: Bitset;
  /** Per rule index: the segments the rule's entry accepts. */
  accepts: Bitset[];
  /** Per segment: the rules accepting it (bits over rule indexes). */
  coverers: Bitset[];
  /** Segments grouped by the rules accepting them (what the coverage search iterates). */
  classes: SegmentClass[];
  /** Per segment: the index of its class. */
  classOf: number[];
}

export interface SegmentClass {
  coverers: Bitset;
  segments: Bitset;
}

function segmentClasses(coverers: readonly Bitset[], size: number): { classes: SegmentClass[]; classOf: number[] } {
  const byKey = new Map<string, number>();
  const classes: SegmentClass[] = [];
  const classOf = coverers.map((rules, s) => {
    const key = bitsKey(rules);
    let index = byKey.get(key);
    if (index === undefined) {
      index = classes.push({ coverers: rules, segments: emptyBits(size) }) - 1;
      byKey.set(key, index);
    }
    setBit((classes[index] as SegmentClass).segments, s);
    return index;
  });
  return { classes, classOf };
}

export interface OpaqueColumn {
  column: number;
  label: string;
}

export interface TableModel {
  table: DecisionTable;
  /** Indexes of the rules taking part (rules with a wrong number of entries are left out). */
  rules: number[];
  dims: Dimension[];
  opaque: OpaqueColumn[];
  /** Trimmed entry text per rule and input column (`-` for empty entries). */
  entries: string[][];
}

const TYPE_KINDS: Partial<Record<FeelType, ValueKind>> = { number: 'number', string: 'string', boolean: 'boolean', date: 'date' };

export const columnLabel = (input: DecisionInput) => input.label.trim() || input.expression.trim() || input.id;

const isDash = (text: string) => text === '-';

/** Kinds of the literals in some unary tests. */
function mentionedKinds(texts: readonly string[]): Set<ValueKind> {
  const kinds = new Set<ValueKind>();
  for (const text of texts) {
    for (const token of tokenize(text) ?? []) {
      if (token.kind === 'number' || token.kind === 'string' || token.kind === 'date') kinds.add(token.kind);
      else if (token.kind === 'keyword' && token.value !== 'not') kinds.add(token.value === 'null' ? 'null' : 'boolean');
    }
  }
  return kinds;
}

/** The kinds of values a column's domain holds, or null when its declared type is not analysable. */
function domainKinds(input: DecisionInput, texts: readonly string[]): Set<ValueKind> | null {
  const mentioned = mentionedKinds(input.allowedValues ? [...texts, input.allowedValues] : texts);
  if (input.type === 'any') return mentioned;
  const kind = TYPE_KINDS[input.type];
  if (!kind) return null;
  return new Set<ValueKind>(mentioned.has('null') ? [kind, 'null'] : [kind]);
}

function dimension(spec: Omit<Dimension, 'all' | 'accepts' | 'coverers' | 'classes' | 'classOf'>, conditions: (Condition | null)[]): Dimension {
  const { segments } = spec;
  const accepts = conditions.map((condition) => (condition ? acceptedSegments(condition, segments) : emptyBits(segments.length)));
  const coverers = segments.map(() => emptyBits(conditions.length));
  accepts.forEach((bits, r) => {
    for (const s of bitIndexes(bits)) setBit(coverers[s] as Bitset, r);
  });
  return { ...spec, all: fullBits(segments.length), accepts, coverers, ...segmentClasses(coverers, segments.length) };
}

interface ColumnSpec {
  input: DecisionInput;
  column: number;
  texts: (string | null)[];
  names: readonly string[];
}

/** A dimension for an input column, 'opaque', or null when every entry is `-`. */
function inputDimension({ input, column, texts, names }: ColumnSpec): Dimension | 'opaque' | null {
  const present = texts.filter((text): text is string => text !== null);
  if (present.every(isDash)) return null;
  const conditions = texts.map((text) => (text === null ? null : analyseUnaryTests(text, { names })));
  if (conditions.some((condition, r) => condition === null && texts[r] !== null)) return 'opaque';
  const kinds = domainKinds(input, present);
  if (!kinds || kinds.size === 0) return 'opaque';
  const domain = input.allowedValues ? analyseUnaryTests(input.allowedValues, { names }) : null;
  const segments = columnSegments(kinds, conditions.filter((c): c is Condition => c !== null), domain);
  return dimension({ column, id: input.id, label: columnLabel(input), segments }, conditions);
}

function dayOfIso(iso: string | null): number | null {
  if (iso === null) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return dayNumber(year ?? 0, month ?? 1, day ?? 1);
}

/** The effective-date dimension, when some rule has valid_from / valid_to. */
function dateDimension(table: DecisionTable, rules: ReadonlySet<number>): Dimension | null {
  if (!table.rules.some((rule) => rule.validFrom !== null || rule.validTo !== null)) return null;
  const conditions: (Condition | null)[] = table.rules.map((rule, r) => {
    if (!rules.has(r)) return null;
    const from = dayOfIso(rule.validFrom);
    const to = dayOfIso(rule.validTo);
    return { ...nothing(), date: [{ lo: from === null ? null : { value: from, closed: true }, hi: to === null ? null : { value: to, closed: true } }] };
  });
  const segments = columnSegments(new Set(['date']), conditions.filter((c): c is Condition => c !== null), null);
  return dimension({ column: null, id: '', label: 'the evaluation date', segments }, conditions);
}

/** Builds the model; `invalidCells` are `/rules/<r>/inputEntries[/<c>]` pointers with syntax errors. */
export function buildTableModel(table: DecisionTable, invalidCells: ReadonlySet<string>): TableModel {
  const width = table.inputs.length;
  const rules = table.rules.flatMap((rule, r) => (rule.inputEntries.length === width && !invalidCells.has(`/rules/${r}/inputEntries`) ? [r] : []));
  const entries = table.rules.map((rule) => rule.inputEntries.map((text) => text.trim() || '-'));
  const names = table.inputs.map((input) => input.expression.trim());
  const taking = new Set(rules);
  const dims: Dimension[] = [];
  const opaque: OpaqueColumn[] = [];
  table.inputs.forEach((input, column) => {
    const invalid = rules.some((r) => invalidCells.has(`/rules/${r}/inputEntries/${column}`));
    const texts = table.rules.map((_, r) => (taking.has(r) ? (entries[r]?.[column] ?? '-') : null));
    const dim = invalid ? 'opaque' : inputDimension({ input, column, texts, names });
    if (dim === 'opaque') opaque.push({ column, label: columnLabel(input) });
    else if (dim) dims.push(dim);
  });
  const dates = dateDimension(table, taking);
  if (dates) dims.push(dates);
  return { table, rules, dims, opaque, entries };
}
