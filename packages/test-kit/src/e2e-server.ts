/**
 * A real FlowForge server for browser tests: its own database cloned from the run's template, the
 * server started as a child process exactly like `npm start` (DATABASE_URL path), on a free port.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { createTestDatabase } from './cluster.ts';
import { findFreePort } from './free-port.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER_MAIN = path.join(REPO_ROOT, 'apps/server/src/main.ts');
const READY_TIMEOUT_MS = 60_000;

export type E2EServer = { baseUrl: string; stop: () => Promise<void> };

/** Starts the server against a fresh clone of the template database; resolves once /readyz is green. */
export async function startE2EServer(env: Record<string, string> = {}): Promise<E2EServer> {
  const database = await createTestDatabase(inject('testCluster'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'flowforge-e2e-'));
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database.ownerUrl, DATABASE_APP_URL: database.appUrl,
      DATA_DIR: dataDir, WORKERS: '0', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`The server did not become ready: ${(error as Error).message}\n${output}`, { cause: error });
  }
  return { baseUrl, stop };
}

async function waitUntilReady(baseUrl: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('the server process exited');
    const ok = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ready answer within ${READY_TIMEOUT_MS} ms`);
}
