/**
 * API latency under load (autocannon, 50 connections, loopback): GET /api/v1/me and a small
 * authenticated write (PATCH /api/v1/me/preferences, audited). The server runs as its own process
 * (`npm start` on a fresh data directory). Each connection is a different user (50 sign-ups), so
 * writes do not all queue on one row; their accounts get the Custom tier with a limit high enough
 * not to throttle, as an operator would configure load-test tenants.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { findFreePort } from '@flowforge/test-kit';

const CONNECTIONS = 50;
const benchEmail = (i: number) => `bench-${i}@example.test`;

type Scenario = { name: string; method: 'GET' | 'PATCH'; path: string; body?: string; rate?: number };

export async function measureApiLoad(repoRoot: string, seconds = 10) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowforge-bench-data-'));
  rmSync(dataDir, { recursive: true });
  const port = await findFreePort();
  const url = `http://localhost:${port}`;
  const server = await startServerProcess(repoRoot, { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' });
  try {
    const cookies: string[] = [];
    for (let i = 0; i < CONNECTIONS; i += 1) cookies.push(await signUp(url, i));
    await liftRateLimits(dataDir);
    const scenarios: Scenario[] = [
      { name: 'GET /api/v1/me', method: 'GET', path: '/api/v1/me' },
      { name: 'GET /api/v1/me @1000 req/s', method: 'GET', path: '/api/v1/me', rate: 1000 },
      { name: 'PATCH /api/v1/me/preferences', method: 'PATCH', path: '/api/v1/me/preferences', body: '{"theme":"dark"}' },
      { name: 'PATCH /api/v1/me/preferences @500 req/s', method: 'PATCH', path: '/api/v1/me/preferences', body: '{"theme":"light"}', rate: 500 },
    ];
    const results = [];
    for (const scenario of scenarios) results.push(await load({ url, cookies, seconds }, scenario));
    return results;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function load({ url, cookies, seconds }: { url: string; cookies: string[]; seconds: number }, scenario: Scenario) {
  let next = 0;
  const result = await autocannon({
    url: `${url}${scenario.path}`,
    method: scenario.method,
    connections: CONNECTIONS,
    duration: seconds,
    ...(scenario.rate ? { overallRate: scenario.rate } : {}),
    headers: { origin: url, 'content-type': 'application/json' },
    ...(scenario.body ? { body: scenario.body } : {}),
    setupClient: (client) => {
      client.setHeaders({ cookie: cookies[next++ % cookies.length] ?? '', origin: url, 'content-type': 'application/json' });
    },
  });
  return {
    scenario: scenario.name,
    connections: CONNECTIONS,
    seconds,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p95Ms: percentile(result, 95),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

// autocannon reports p90 and p97.5 but not p95: interpolate between them.
function percentile(result: autocannon.Result, _p: 95): number {
  const latency = result.latency as unknown as Record<string, number>;
  const p90 = latency.p90 ?? 0;
  const p975 = latency.p97_5 ?? 0;
  return Math.round((p90 + (p975 - p90) * (5 / 7.5)) * 100) / 100;
}

function startServerProcess(repoRoot: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('FlowForge is ready')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

// Sign-ups from one IP are rate limited like anyone's (Free tier: burst 10, then 1/s): wait and retry.
async function signUp(url: string, i: number): Promise<string> {
  const response = await fetch(`${url}/api/v1/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Bench ${i}`, email: benchEmail(i), password: 'benchmark password', accountName: `Bench ${i}` }),
  });
  if (response.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
    return signUp(url, i);
  }
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function liftRateLimits(dataDir: string): Promise<void> {
  const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { ownerPassword: string };
  const runtime = JSON.parse(readFileSync(path.join(dataDir, 'runtime.json'), 'utf8')) as { port: number };
  const client = new pg.Client({ connectionString: `postgres://flowforge_owner:${encodeURIComponent(secrets.ownerPassword)}@127.0.0.1:${runtime.port}/flowforge` });
  await client.connect();
  try {
    for (let i = 0; i < CONNECTIONS; i += 1) {
      // The owner is subject to row-level security too (FORCE): act as the user, then in their account.
      await client.query('begin');
      const user = (await client.query<{ id: string }>('select id from users where email = $1', [benchEmail(i)])).rows[0];
      await client.query("select set_config('app.user_id', $1, true)", [user?.id]);
      const membership = (await client.query<{ account_id: string }>('select account_id from memberships where user_id = $1', [user?.id])).rows[0];
      await client.query("select set_config('app.account_id', $1, true)", [membership?.account_id]);
      await client.query(`update accounts set tier = 'custom', rate_limit = '{"perMinute": 10000000, "burst": 1000000}' where id = $1`, [membership?.account_id]);
      await client.query('commit');
    }
  } finally {
    await client.end();
  }
}
