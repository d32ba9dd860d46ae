/**
 * `POST /api/v1/decisions/:id/batch` with 100,000 rows (issue #5 goal: < 5 s). A real server runs
 * in this process (embedded PostgreSQL in a fresh data directory, rate limiting off); one decision
 * — 50 rules over 5 inputs, hit policy FIRST, seeded so every run sees the same table and rows — is
 * published, then the rows go over HTTP as NDJSON and as CSV and the answer is read to its end.
 * Figures: total time, time to the first result line (streaming), rows per second, bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DecisionTableInput } from '@flowforge/contracts';
import { readConfig } from '../apps/server/src/platform/config.ts';
import { startServer } from '../apps/server/src/server.ts';

const ROWS = 100_000;
const RULES = 50;
const RUNS = 3;

type Random = () => number;

/** mulberry32: the same table and rows on every run. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['EU', 'US', 'APAC', 'LATAM', 'MEA'];
const TIERS = ['gold', 'silver', 'bronze'];
const CHANNELS = ['web', 'branch', 'phone', 'partner'];
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (random: Random, max: number) => Math.floor(random() * max);

function numberCell(random: Random, max: number): string {
  const a = int(random, max);
  const b = a + int(random, max / 2) + 1;
  return pick(random, ['-', '-', `[${a}..${b}]`, `< ${b}`, `>= ${a}`]);
}

function stringCell(random: Random, values: readonly string[]): string {
  return pick(random, ['-', '-', `"${pick(random, values)}"`, `"${pick(random, values)}","${pick(random, values)}"`, `not("${pick(random, values)}")`]);
}

/** 50 rules over amount, region, tier, age and channel; the last rule catches everything. */
function benchTable(): DecisionTableInput {
  const random = seeded(5);
  const rules = Array.from({ length: RULES }, (_, r) => ({
    id: `r${r + 1}`,
    inputEntries: r === RULES - 1
      ? ['-', '-', '-', '-', '-']
      : [numberCell(random, 10_000), stringCell(random, REGIONS), stringCell(random, TIERS), numberCell(random, 90), stringCell(random, CHANNELS)],
    outputEntries: [`"${pick(random, ['approve', 'review', 'reject'])}"`, String(int(random, 30))],
  }));
  return {
    hitPolicy: 'first',
    inputs: [
      { id: 'amount', label: 'Amount', expression: 'amount', type: 'number' }, { id: 'region', label: 'Region', expression: 'region', type: 'string' },
      { id: 'tier', label: 'Tier', expression: 'tier', type: 'string' }, { id: 'age', label: 'Age', expression: 'age', type: 'number' },
      { id: 'channel', label: 'Channel', expression: 'channel', type: 'string' },
    ],
    outputs: [{ id: 'outcome', name: 'outcome', type: 'string' }, { id: 'discount', name: 'discount', type: 'number' }],
    rules,
  };
}

function benchRows(): { ndjson: string; csv: string } {
  const random = seeded(7);
  const rows = Array.from({ length: ROWS }, () => ({
    amount: int(random, 12_000), region: pick(random, REGIONS), tier: pick(random, TIERS), age: int(random, 100), channel: pick(random, CHANNELS),
  }));
  const ndjson = rows.map((row) => JSON.stringify(row)).join('\n');
  const csv = ['amount,region,tier,age,channel', ...rows.map((r) => `${r.amount},${r.region},${r.tier},${r.age},${r.channel}`)].join('\n');
  return { ndjson, csv };
}

type Session = { url: string; headers: Record<string, string> };

async function call<T>(session: Session, pathAndQuery: string, body: unknown): Promise<T> {
  const response = await fetch(`${session.url}${pathAndQuery}`, { method: 'POST', headers: { ...session.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signUp(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/v1/signup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Admin', email: 'decisions@bench.example', password: 'benchmark password', accountName: 'Bench decisions' }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return { url, headers: { cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), origin: url } };
}

type Scenario = { name: string; body: string; contentType: string; accept: string };

async function runBatch(session: Session, decisionId: string, scenario: Scenario) {
  const started = performance.now();
  const response = await fetch(`${session.url}/api/v1/decisions/${decisionId}/batch`, {
    method: 'POST', headers: { ...session.headers, 'content-type': scenario.contentType, accept: scenario.accept }, body: scenario.body,
  });
  if (response.status !== 200 || !response.body) throw new Error(`batch failed: ${response.status} ${await response.text()}`);
  let firstLineMs: number | null = null;
  let bytes = 0;
  let lines = 0;
  let errors = 0;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    firstLineMs ??= performance.now() - started;
    bytes += chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    errors += text.split('"error"').length - 1;
  }
  const ms = performance.now() - started;
  return { ms, firstLineMs: firstLineMs ?? ms, bytes, lines, errors };
}

async function measureScenario(session: Session, decisionId: string, scenario: Scenario) {
  await runBatch(session, decisionId, { ...scenario, body: scenario.body.slice(0, 100_000) }); // warm-up: compile and JIT
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await runBatch(session, decisionId, scenario));
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(runs.length / 2)] ?? runs[0];
  if (!median) throw new Error('no runs');
  return {
    scenario: scenario.name, rows: ROWS, rules: RULES, inputs: 5, runs: RUNS,
    medianSeconds: Math.round(median.ms) / 1000, bestSeconds: Math.round((runs[0]?.ms ?? 0)) / 1000,
    firstResultMs: Math.round(median.firstLineMs), rowsPerSecond: Math.round(ROWS / (median.ms / 1000)),
    requestMegabytes: Math.round(Buffer.byteLength(scenario.body) / 10_485.76) / 100, responseMegabytes: Math.round(median.bytes / 10_485.76) / 100,
    responseLines: median.lines, errorLines: scenario.accept === 'text/csv' ? null : median.errors, goalSeconds: 5,
  };
}

export async function measureDecisionBatch(): Promise<Record<string, unknown>[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowforge-bench-decisions-'));
  rmSync(dataDir, { recursive: true });
  const config = readConfig({ DATA_DIR: dataDir, PORT: '0', WORKERS: '0', SEED_DEMO: 'false', LOG_LEVEL: 'warn', RATE_LIMIT: 'off' });
  const server = await startServer(config, () => undefined);
  try {
    const session = await signUp(server.url);
    const decision = await call<{ id: string }>(session, '/api/v1/decisions', { name: 'Bench batch', table: benchTable() });
    await call(session, `/api/v1/decisions/${decision.id}/publish`, { comment: 'bench' });
    const { ndjson, csv } = benchRows();
    const scenarios: Scenario[] = [
      { name: 'NDJSON in, NDJSON out', body: ndjson, contentType: 'application/x-ndjson', accept: 'application/x-ndjson' },
      { name: 'CSV in, CSV out', body: csv, contentType: 'text/csv', accept: 'text/csv' },
    ];
    const figures = [];
    for (const scenario of scenarios) figures.push(await measureScenario(session, decision.id, scenario));
    return figures;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
