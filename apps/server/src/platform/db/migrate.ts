/**
 * Applies `apps/server/migrations/NNNN_verb_object.sql` in order, forward only, each in its own
 * transaction, under an advisory lock so several processes may start at once. Runs as the owner role.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import type { Pool } from './pool.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
const LOCK_KEY = 7_314_159_265;
const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;

export type MigrationResult = { applied: string[] };

/** Brings the database schema up to date (ours, then graphile-worker's) and grants the app role. */
export async function migrate(ownerPool: Pool, appRole: string): Promise<MigrationResult> {
  const files = await listMigrationFiles();
  const client = await ownerPool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query('create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await client.query<{ version: string }>('select version from schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f))) {
      const sql = (await readFile(path.join(MIGRATIONS_DIR, file), 'utf8')).replaceAll(':app_role', quoteIdent(appRole));
      await client.query('begin');
      try {
        await client.query(sql);
        await client.query('insert into schema_migrations (version) values ($1)', [file]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(file);
    }
    await runWorkerMigrations({ pgPool: ownerPool });
    await client.query(grantWorkerSchemaSql(appRole));
    return { applied };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** True when every migration file has been applied (used by /readyz). */
export async function isSchemaCurrent(pool: Pool): Promise<boolean> {
  const files = await listMigrationFiles();
  const { rows } = await pool.query<{ count: string }>('select count(*) from schema_migrations where version = any($1)', [files]);
  return Number(rows[0]?.count) === files.length;
}

async function listMigrationFiles(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((f) => FILE_PATTERN.test(f)).sort();
}

// The app role enqueues jobs inside its own transactions (graphile_worker.add_job) and /readyz
// reads schema_migrations.
function grantWorkerSchemaSql(appRole: string): string {
  const role = quoteIdent(appRole);
  return `grant select on schema_migrations to ${role};
    grant usage on schema graphile_worker to ${role};
    grant execute on all functions in schema graphile_worker to ${role};
    grant select, insert, update, delete on all tables in schema graphile_worker to ${role};
    grant usage on all sequences in schema graphile_worker to ${role};`;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
