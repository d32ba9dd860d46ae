/**
 * Connects FlowForge to its database: an embedded cluster (default) or DATABASE_URL. Either way the
 * result is two connection strings — the owner (runs migrations, owns every object) and the app role
 * (what the API uses: owns nothing, not superuser, no BYPASSRLS) — and one code path after that.
 */
import pg from 'pg';
import { quoteIdent } from './migrate.ts';

export const APP_ROLE = 'flowforge_app';
export const OWNER_ROLE = 'flowforge_owner';
export const DATABASE_NAME = 'flowforge';

export type DatabaseUrls = { ownerUrl: string; appUrl: string };

/** On an embedded cluster: creates the owner role, the database and the app role once. */
export async function prepareEmbeddedDatabase(options: {
  superuserUrl: string;
  database: string;
  ownerPassword: string;
  appPassword: string;
}): Promise<DatabaseUrls> {
  const admin = new pg.Client({ connectionString: options.superuserUrl });
  await admin.connect();
  try {
    await ensureRole(admin, { role: OWNER_ROLE, password: options.ownerPassword, canCreateRoles: true });
    const exists = await admin.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`create database ${quoteIdent(options.database)} owner ${quoteIdent(OWNER_ROLE)}`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withCredentials(options.superuserUrl, { user: OWNER_ROLE, password: options.ownerPassword, database: options.database });
  const appUrl = await prepareAppRole(ownerUrl, options.appPassword);
  return { ownerUrl, appUrl };
}

/**
 * With an owner connection string: makes sure the app role exists with this password and derives
 * its URL (same host and database). DATABASE_APP_URL skips this for operators who manage roles.
 */
export async function prepareAppRole(ownerUrl: string, appPassword: string): Promise<string> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await ensureRole(owner, { role: APP_ROLE, password: appPassword, canCreateRoles: false });
  } finally {
    await owner.end();
  }
  return withCredentials(ownerUrl, { user: APP_ROLE, password: appPassword });
}

// Several processes may start at once: the advisory lock makes role creation race-free.
async function ensureRole(client: pg.Client, { role, password, canCreateRoles }: { role: string; password: string; canCreateRoles: boolean }): Promise<void> {
  await client.query('select pg_advisory_lock(7314159266)');
  try {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    const verb = found.rowCount === 0 ? 'create' : 'alter';
    const attributes = `login nosuperuser nobypassrls nocreatedb ${canCreateRoles ? 'createrole' : 'nocreaterole'}`;
    const literal = (await client.query<{ q: string }>('select quote_literal($1) as q', [password])).rows[0]?.q;
    await client.query(`${verb} role ${quoteIdent(role)} ${verb === 'create' ? attributes : ''} password ${literal}`);
  } finally {
    await client.query('select pg_advisory_unlock(7314159266)');
  }
}

/** Replaces user, password and optionally database in a postgres:// URL. */
export function withCredentials(url: string, parts: { user: string; password: string; database?: string }): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(parts.user);
  parsed.password = encodeURIComponent(parts.password);
  if (parts.database) parsed.pathname = `/${parts.database}`;
  return parsed.toString();
}
