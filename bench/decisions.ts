/**
 * Decision table figures (issue #5): evaluations per second of a compiled 50-rule, 5-input table
 * with hit policy FIRST (goal ≥ 200k/s in-process), the same with a date column, and the time
 * `verifyTable` takes for 50 and 200 rules. Tables and inputs come from a seeded generator with
 * the cells business tables have: ranges, comparisons, string lists, `not(…)` and `-`.
 */
import type { DecisionInput, DecisionTableInput } from '@flowforge/contracts';
import { compileTable, evaluateTable, verifyTable } from '@flowforge/decisions';
import { measureThroughput } from './throughput.ts';

type Random = () => number;

/** mulberry32: the same tables and inputs on every run. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: Random, max: number) => Math.floor(random() * max);

interface Column {
  input: DecisionInput;
  cell: (random: Random) => string;
  value: (random: Random) => unknown;
}

const quote = (text: string) => `"${text}"`;

function numberColumn(id: string, max: number): Column {
  const cell = (random: Random) => {
    const a = int(random, max);
    const b = a + int(random, max / 2) + 1;
    return pick(random, ['-', '-', `[${a}..${b}]`, `< ${b}`, `>= ${a}`, `> ${a}`, `(${a}..${b}]`]);
  };
  return { input: { id, label: id, expression: id, type: 'number', allowedValues: null }, cell, value: (random) => int(random, max * 1.2) };
}

function stringColumn(id: string, values: readonly string[]): Column {
  const cell = (random: Random) => pick(random, ['-', '-', quote(pick(random, values)), `${quote(pick(random, values))},${quote(pick(random, values))}`, `not(${quote(pick(random, values))})`]);
  return { input: { id, label: id, expression: id, type: 'string', allowedValues: null }, cell, value: (random) => pick(random, values) };
}

function dateColumn(id: string): Column {
  const day = (random: Random) => `2025-${String(1 + int(random, 12)).padStart(2, '0')}-${String(1 + int(random, 28)).padStart(2, '0')}`;
  const cell = (random: Random) => pick(random, ['-', '-', `< date("${day(random)}")`, `>= date("${day(random)}")`, `[date("2025-01-01")..date("${day(random)}")]`]);
  return { input: { id, label: id, expression: id, type: 'date', allowedValues: null }, cell, value: day };
}

const COLUMNS: Column[] = [
  numberColumn('amount', 10_000),
  stringColumn('region', ['EU', 'US', 'APAC', 'LATAM', 'MEA']),
  stringColumn('tier', ['gold', 'silver', 'bronze']),
  numberColumn('age', 90),
  stringColumn('channel', ['web', 'branch', 'phone', 'partner']),
  numberColumn('score', 1000),
  stringColumn('country', ['DE', 'FR', 'US', 'JP', 'BR', 'IN']),
  numberColumn('items', 50),
  stringColumn('segment', ['retail', 'sme', 'corporate']),
  numberColumn('risk', 100),
];

interface TableShape {
  rules: number;
  seed: number;
  /** FIRST with a catch-all last rule (the default), or UNIQUE without one (overlaps and gaps to find). */
  hitPolicy?: 'first' | 'unique';
}

/** A table of random rules over `columns`. */
function decisionTable(columns: readonly Column[], { rules, seed, hitPolicy = 'first' }: TableShape): DecisionTableInput {
  const random = seeded(seed);
  const catchAll = hitPolicy === 'first';
  return {
    hitPolicy,
    inputs: columns.map((column) => column.input),
    outputs: [{ id: 'level', name: 'level', type: 'string' }, { id: 'fee', name: 'fee', type: 'number' }],
    rules: Array.from({ length: rules }, (_, r) => ({
      id: `r${r + 1}`,
      inputEntries: catchAll && r === rules - 1 ? columns.map(() => '-') : columns.map((column) => column.cell(random)),
      outputEntries: [quote(pick(random, ['auto', 'manager', 'director', 'board'])), String(int(random, 500))],
    })),
  };
}

function inputsFor(columns: readonly Column[], count: number, seed: number): Record<string, unknown>[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => Object.fromEntries(columns.map((column) => [column.input.id, column.value(random)])));
}


function evaluationFigure(scenario: string, columns: readonly Column[]): Record<string, unknown> {
  const compiled = compileTable(decisionTable(columns, { rules: 50, seed: 5 }));
  const inputs = inputsFor(columns, 1024, 7);
  const evaluationsPerSecond = measureThroughput((index) => evaluateTable(compiled, inputs[index & 1023] as Record<string, unknown>).result, { seconds: 2, batch: 1000 });
  return { scenario, rules: 50, inputs: columns.length, hitPolicy: 'first', evaluationsPerSecond, goal: 200_000 };
}

function verificationFigure(rules: number, inputs: number, hitPolicy: 'first' | 'unique' = 'first'): Record<string, unknown> {
  const table = decisionTable(COLUMNS.slice(0, inputs), { rules, seed: 11, hitPolicy });
  const times: number[] = [];
  let warnings = verifyTable(table);
  const deadline = performance.now() + 3000;
  while (times.length < 3 || (performance.now() < deadline && times.length < 50)) {
    const started = performance.now();
    warnings = verifyTable(table);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const count = (kind: string) => warnings.filter((warning) => warning.kind === kind).length;
  return {
    scenario: 'verifyTable', rules, inputs, hitPolicy, runs: times.length,
    medianMs: Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10,
    maxMs: Math.round((times[times.length - 1] ?? 0) * 10) / 10,
    overlaps: count('overlap'), gaps: count('gap'), subsumed: count('subsumed'), limited: warnings.some((warning) => warning.message.startsWith('Analysis limited')),
  };
}

export async function measureDecisions(): Promise<Record<string, unknown>[]> {
  const five = COLUMNS.slice(0, 5);
  const withDate = [...COLUMNS.slice(0, 4), dateColumn('since')];
  return [
    evaluationFigure('evaluate (compiled)', five),
    evaluationFigure('evaluate (compiled), one input a date', withDate),
    verificationFigure(50, 5),
    verificationFigure(200, 5),
    verificationFigure(200, 10),
    verificationFigure(200, 10, 'unique'),
  ];
}
