/**
 * Finds the database: DATABASE_URL (external PostgreSQL ≥ 16) or the embedded cluster, which is
 * started here and stopped with the process. Also records where the embedded cluster listens, so
 * `npm run worker` can join a running `npm start`.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Secrets } from '../secrets.ts';
import { APP_ROLE, DATABASE_NAME, OWNER_ROLE, prepareAppRole, prepareEmbeddedDatabase, withCredentials, type DatabaseUrls } from './bootstrap.ts';
import { chooseDataDir, startEmbeddedPostgres } from './embedded-postgres.ts';

export type Database = DatabaseUrls & { embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(config: Config, secrets: Secrets, log: (message: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    const appUrl = config.databaseAppUrl ?? (await prepareAppRole(config.databaseUrl, secrets.appPassword));
    return { ownerUrl: config.databaseUrl, appUrl, embedded: false, stop: async () => undefined };
  }
  const { dataDir, fellBack } = chooseDataDir(path.join(config.dataDir, 'pg'));
  if (fellBack) log(`The PostgreSQL user cannot reach ${path.resolve(config.dataDir)}; keeping database files in ${dataDir} instead (set DATA_DIR to choose).`);
  const cluster = await startEmbeddedPostgres({ dataDir, password: secrets.superuserPassword, log });
  const urls = await prepareEmbeddedDatabase({
    superuserUrl: withCredentials(localSocketUrl(cluster.port, 'postgres'), { user: 'postgres', password: secrets.superuserPassword }),
    database: DATABASE_NAME,
    ownerPassword: secrets.ownerPassword,
    appPassword: secrets.appPassword,
  });
  const runtimeFile = path.join(config.dataDir, 'runtime.json');
  await writeFile(runtimeFile, JSON.stringify({ pid: process.pid, port: cluster.port }), { mode: 0o600 });
  return {
    ...urls,
    embedded: true,
    stop: async () => {
      await rm(runtimeFile, { force: true });
      await cluster.stop();
    },
  };
}

/**
 * The embedded cluster is reached over its Unix socket: a round trip costs markedly less CPU than
 * over TCP loopback, and every request makes several.
 */
function localSocketUrl(port: number, database: string): string {
  return `postgres://localhost:${port}/${database}?host=${encodeURIComponent(tmpdir())}`;
}

/** For a worker-only process: the URLs of the embedded cluster a running server started. */
export async function joinRunningDatabase(config: Config, secrets: Secrets): Promise<DatabaseUrls | null> {
  try {
    const runtime = JSON.parse(await readFile(path.join(config.dataDir, 'runtime.json'), 'utf8')) as { port: number };
    const base = localSocketUrl(runtime.port, DATABASE_NAME);
    return {
      ownerUrl: withCredentials(base, { user: OWNER_ROLE, password: secrets.ownerPassword }),
      appUrl: withCredentials(base, { user: APP_ROLE, password: secrets.appPassword }),
    };
  } catch {
    return null;
  }
}
