/**
 * First-start demo data: the account "Acme" with an owner who can sign in right away. Runs only on
 * an empty database (no users yet), so it never touches real data.
 */
import { createAccountFor } from '../modules/accounts/index.ts';
import { withTenant } from './db/with-tenant.ts';
import type { Platform } from './platform.ts';

export const DEMO_EMAIL = 'admin@acme.example';

export type DemoCredentials = { email: string; password: string; created: boolean };

/** Creates the demo account if the database has no users; returns the credentials to print. */
export async function seedDemoAccount(platform: Platform, password: string): Promise<DemoCredentials | null> {
  const { rows } = await platform.appPool.query<{ any: boolean; demo: boolean }>(
    'select exists(select 1 from users) as any, exists(select 1 from users where email = $1) as demo',
    [DEMO_EMAIL],
  );
  if (rows[0]?.demo) return { email: DEMO_EMAIL, password, created: false };
  if (rows[0]?.any) return null;
  const { user } = await platform.auth.api.signUpEmail({ body: { name: 'Ada Admin', email: DEMO_EMAIL, password } });
  const account = await createAccountFor(platform, { userId: user.id, sessionId: null, name: 'Acme', ip: '127.0.0.1', requestId: 'seed' });
  await withTenant(platform.appPool, { accountId: account.id, userId: user.id }, (tx) =>
    tx.query(`update accounts set tier = 'enterprise' where id = $1`, [account.id]));
  return { email: DEMO_EMAIL, password, created: true };
}
