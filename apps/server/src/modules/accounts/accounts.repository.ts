/** SQL for accounts, memberships, user preferences and the session's active account. */
import type { AccountTier, Preferences, SystemRoleKey } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type AccountRow = { id: string; name: string; slug: string; tier: AccountTier; createdAt: string; updatedAt: string };
const ACCOUNT_COLUMNS = `id, name, slug, tier, to_json(created_at)#>>'{}' as "createdAt", to_json(updated_at)#>>'{}' as "updatedAt"`;

/** Inserts an account unless its slug is taken; returns false on a slug conflict. */
export async function insertAccount(tx: Tx, account: { id: string; name: string; slug: string }): Promise<boolean> {
  const result = await tx.query('insert into accounts (id, name, slug) values ($1, $2, $3) on conflict (slug) do nothing', [
    account.id, account.name, account.slug,
  ]);
  return result.rowCount === 1;
}

/** Adds an active member holding one system role. */
export async function insertMembership(tx: Tx, membership: { accountId: string; userId: string; role: SystemRoleKey }): Promise<void> {
  await tx.query(
    `with m as (insert into memberships (account_id, user_id) values ($1, $2) returning account_id, user_id)
     insert into membership_roles (account_id, user_id, role_id)
     select m.account_id, m.user_id, r.id from m join roles r on r.account_id = m.account_id and r.system_key = $3`,
    [membership.accountId, membership.userId, membership.role],
  );
}

export async function findAccount(tx: Tx, accountId: string): Promise<AccountRow | undefined> {
  const { rows } = await tx.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from accounts where id = $1`,
    [accountId],
  );
  return rows[0];
}

export async function updateAccountName(tx: Tx, accountId: string, name: string): Promise<AccountRow | undefined> {
  const { rows } = await tx.query<AccountRow>(
    `update accounts set name = $2, updated_at = now() where id = $1
     returning ${ACCOUNT_COLUMNS}`,
    [accountId, name],
  );
  return rows[0];
}

export async function isActiveMember(tx: Tx, accountId: string, userId: string): Promise<boolean> {
  const { rowCount } = await tx.query(`select 1 from memberships where account_id = $1 and user_id = $2 and status = 'active'`, [accountId, userId]);
  return rowCount === 1;
}

/** Merges preference changes into the user's; returns the preferences before and after. */
export async function mergePreferences(tx: Tx, userId: string, changes: Partial<Preferences>) {
  const { rows } = await tx.query<{ before: Partial<Preferences>; after: Partial<Preferences> }>(
    `update users u set preferences = u.preferences || $2::jsonb, updated_at = now()
       from (select preferences from users where id = $1 for update) old
      where u.id = $1
      returning old.preferences as before, u.preferences as after`,
    [userId, JSON.stringify(changes)],
  );
  return rows[0] ?? { before: {}, after: {} };
}

export async function setActiveAccount(tx: Tx, sessionId: string, accountId: string): Promise<void> {
  await tx.query('update user_sessions set active_account_id = $2, updated_at = now() where id = $1', [sessionId, accountId]);
}

export async function deleteUser(tx: Tx, userId: string): Promise<void> {
  await tx.query('delete from users where id = $1', [userId]);
}
