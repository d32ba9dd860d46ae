import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from '@flowforge/test-kit';
import { readConfig } from './platform/config.ts';
import { chooseDataDir } from './platform/db/embedded-postgres.ts';
import { startServer } from './server.ts';

async function signIn(url: string, email: string, password: string) {
  return fetch(`${url}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email, password }) });
}

async function tempDir(mode = 0o755): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flowforge-start-'));
  await chmod(dir, mode);
  return dir;
}

describe('npm start on the embedded PostgreSQL', () => {
  it('starts, seeds the demo account once and keeps data across restarts', async () => {
    const dataDir = await tempDir();
    const config = readConfig({ DATA_DIR: dataDir, PORT: '0', WORKERS: '1', LOG_LEVEL: 'silent' });
    const logs: string[] = [];

    const first = await startServer(config, (m) => logs.push(m));
    const ready = await fetch(`${first.url}/readyz`);
    const demoSignIn = await signIn(first.url, first.demo?.email ?? '', first.demo?.password ?? '');
    await fetch(`${first.url}/api/v1/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Kept', email: 'kept@example.test', password: 'long enough', accountName: 'Kept' }) });
    await first.close();
    const second = await startServer(config, (m) => logs.push(m));
    const keptSignIn = await signIn(second.url, 'kept@example.test', 'long enough');
    await second.close();
    const clusterInDataDir = existsSync(path.join(dataDir, 'pg', 'PG_VERSION'));
    await rm(dataDir, { recursive: true, force: true });

    expect(ready.status).toBe(200);
    expect(first.demo).toMatchObject({ email: 'admin@acme.example', created: true });
    expect(demoSignIn.status).toBe(200);
    expect(second.demo).toMatchObject({ created: false });
    expect(keptSignIn.status).toBe(200);
    expect(clusterInDataDir).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('falls back to a reachable data directory when the postgres user cannot reach the chosen one', async () => {
    const hidden = await tempDir(0o700);

    const choice = chooseDataDir(path.join(hidden, 'data', 'pg'));
    await rm(hidden, { recursive: true, force: true });

    expect(choice.fellBack).toBe(true);
    expect(choice.dataDir.startsWith(tmpdir())).toBe(true);
    expect(choice.dataDir).not.toContain(hidden);
  });

  it('shuts down on SIGTERM without leaving PostgreSQL running', async () => {
    const dataDir = await tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => output.includes('FlowForge is ready') && (clearInterval(timer), resolve()), 100);
      child.once('exit', () => (clearInterval(timer), reject(new Error(output))));
    });
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const wasRunning = existsSync(pidFile);

    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const stillRunning = existsSync(pidFile);
    await rm(dataDir, { recursive: true, force: true });

    expect(wasRunning).toBe(true);
    expect(code).toBe(0);
    expect(stillRunning).toBe(false);
    expect(output).toMatch(/Demo account "Acme": sign in as admin@acme\.example with password \S+/);
  });
});

describe('DATABASE_URL: an external PostgreSQL', () => {
  it('runs the same code path on a separately started server, as a restricted app role', async () => {
    const external = await startPostgres();
    const dataDir = await tempDir();
    try {
      const server = await startServer(readConfig({ DATABASE_URL: external.superuserUrl, DATA_DIR: dataDir, PORT: '0', WORKERS: '0', LOG_LEVEL: 'silent' }));
      const ready = await fetch(`${server.url}/readyz`);
      const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify({ email: server.demo?.email, password: server.demo?.password }) });
      const role = await server.platform.appPool.query<{ current_user: string; rolsuper: boolean }>('select current_user, rolsuper from pg_roles where rolname = current_user');
      await server.close();
      const direct = new pg.Client({ connectionString: external.superuserUrl });
      await direct.connect();
      const users = await direct.query<{ email: string }>('select email from users');
      await direct.end();

      expect(ready.status).toBe(200);
      expect(signIn.status).toBe(200);
      expect(role.rows[0]).toEqual({ current_user: 'flowforge_app', rolsuper: false });
      expect(users.rows.map((r) => r.email)).toEqual(['admin@acme.example']);
      expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
    } finally {
      await external.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
