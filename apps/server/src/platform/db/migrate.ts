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

/** Brings the database schema up to date: graphile-worker's schema, then ours. */
export async function migrate(ownerPool: Pool, appRole: string): Promise<MigrationResult> {
  const files = await listMigrationFiles();
  const client = await ownerPool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query('create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())');
    // graphile-worker's schema first: our migrations may refer to it (0005_create_enqueue_job).
    await runWorkerMigrations({ pgPool: ownerPool });
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
    await client.query(`grant select on schema_migrations to ${quoteIdent(appRole)}`); // for /readyz
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

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
