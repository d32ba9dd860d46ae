/**
 * Principal resolution per request (issue 4, service accounts): the time from a request's headers
 * to its Principal for an API key (`X-API-Key`: hash, one security-definer query), an OAuth access
 * token (RS256 verify locally + one query) and a session cookie (HMAC check + one query). Goal:
 * API-key p95 < 2 ms warm. The server runs in-process on a fresh embedded PostgreSQL, so these are
 * the resolver's own figures without HTTP; one caller after another, after a warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveApiKeyPrincipal } from '../apps/server/src/platform/auth/api-key-principal.ts';
import { resolveBearerPrincipal } from '../apps/server/src/platform/auth/bearer-principal.ts';
import { resolvePrincipal } from '../apps/server/src/platform/auth/principal.ts';
import { readConfig } from '../apps/server/src/platform/config.ts';
import { startServer } from '../apps/server/src/server.ts';

const WARM_UP = 300;

type Credentials = { cookie: string; apiKey: string; accessToken: string };

export async function measurePrincipalResolution(iterations = 3000) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowforge-bench-principal-'));
  rmSync(dataDir, { recursive: true });
  const config = readConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', WORKERS: '0', SEED_DEMO: 'false', LOG_LEVEL: 'warn', RATE_LIMIT: 'off' });
  const server = await startServer(config, () => undefined);
  try {
    const credentials = await createCredentials(server.url);
    const { platform } = server;
    const cases: { name: string; resolve: () => Promise<unknown> }[] = [
      { name: 'X-API-Key', resolve: () => resolveApiKeyPrincipal(platform.appPool, { key: credentials.apiKey, ip: '127.0.0.1' }) },
      { name: 'Bearer access token', resolve: () => resolveBearerPrincipal(platform, credentials.accessToken) },
      { name: 'session cookie', resolve: () => resolvePrincipal(platform, { cookie: credentials.cookie }) },
    ];
    const results = [];
    for (const entry of cases) results.push({ credential: entry.name, iterations, ...(await time(entry.resolve, iterations)) });
    return results;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function time(resolve: () => Promise<unknown>, iterations: number) {
  for (let i = 0; i < WARM_UP; i += 1) await resolve();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await resolve();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => round(samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? 0);
  return { meanMs: round(samples.reduce((sum, value) => sum + value, 0) / samples.length), p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

async function createCredentials(url: string): Promise<Credentials> {
  const signUp = await fetch(`${url}/api/v1/signup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench', email: 'bench-principal@example.test', password: 'benchmark password', accountName: 'Bench' }),
  });
  const cookie = signUp.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const call = async <T>(route: string, body: unknown): Promise<T> => {
    const response = await fetch(`${url}${route}`, { method: 'POST', headers: { cookie, origin: url, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const service = await call<{ id: string }>('/api/v1/service-accounts', { name: 'Bench robot' });
  const { key } = await call<{ key: string }>(`/api/v1/service-accounts/${service.id}/api-keys`, { name: 'bench', permissions: ['account:read'] });
  const client = await call<{ clientId: string; clientSecret: string }>(`/api/v1/service-accounts/${service.id}/oauth-clients`, { name: 'bench', permissions: ['account:read'] });
  const token = await call<{ access_token: string }>('/api/v1/oauth/token', { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
  return { cookie, apiKey: key, accessToken: token.access_token };
}
