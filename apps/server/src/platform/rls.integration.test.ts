import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../testing/test-app.ts';
import { withTenant } from './db/with-tenant.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
});
afterAll(async () => t.close());

async function asApp<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.database.appUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('row-level security through the app role', () => {
  it('shows account A none of account B\'s rows even without a WHERE clause', async () => {
    const rows = await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => ({
      accounts: (await tx.query<{ id: string }>('select id from accounts')).rows,
      memberships: (await tx.query<{ account_id: string }>('select account_id from memberships')).rows,
      audit: (await tx.query<{ account_id: string }>('select account_id from audit_logs')).rows,
    }));

    expect(rows.accounts.map((r) => r.id)).toEqual([acme.accountId]);
    expect(rows.memberships.every((r) => r.account_id === acme.accountId)).toBe(true);
    expect(rows.audit.length).toBeGreaterThan(0);
    expect(rows.audit.every((r) => r.account_id === acme.accountId)).toBe(true);
  });

  it('fails closed when no account is set', async () => {
    const counts = await asApp(async (client) => ({
      accounts: (await client.query('select * from accounts')).rowCount,
      memberships: (await client.query('select * from memberships')).rowCount,
      audit: (await client.query('select * from audit_logs')).rowCount,
    }));

    expect(counts).toEqual({ accounts: 0, memberships: 0, audit: 0 });
  });

  it('rejects writing a row into another account', async () => {
    const attempt = withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`insert into audit_logs (account_id, action, resource_type) values ($1, 'x', 'y')`, [globex.accountId]));

    await expect(attempt).rejects.toThrow(/row-level security/);
  });

  it('cannot update another account\'s rows', async () => {
    const result = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`update accounts set name = 'hijacked' where id = $1`, [globex.accountId]));

    expect(result.rowCount).toBe(0);
  });

  it('cannot read audit partitions directly, bypassing the parent\'s policy', async () => {
    const partitions = await asApp(async (client) =>
      (await client.query<{ name: string }>(`select inhrelid::regclass::text as name from pg_inherits where inhparent = 'audit_logs'::regclass`)).rows);

    expect(partitions.length).toBeGreaterThanOrEqual(4);
    for (const { name } of partitions) {
      await expect(asApp((client) => client.query(`select * from ${name}`))).rejects.toThrow(/permission denied/);
    }
  });

  it('connects as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const role = await asApp(async (client) => (await client.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(
      `select r.rolsuper, r.rolbypassrls,
              (select count(*) from pg_class c where c.relowner = r.oid) + (select count(*) from pg_proc p where p.proowner = r.oid) as owned
         from pg_roles r where r.rolname = current_user`)).rows[0]);

    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: '0' });
  });

  it('has row-level security enabled and forced on every table with an account_id', async () => {
    const unprotected = await asApp(async (client) => (await client.query<{ table: string }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'account_id' and not a.attisdropped) or c.relname = 'accounts')
          and not (c.relrowsecurity and c.relforcerowsecurity and exists (select 1 from pg_policy p where p.polrelid = c.oid))`)).rows);

    expect(unprotected).toEqual([]);
  });
});
