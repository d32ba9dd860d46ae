/**
 * SQL for the user import: set-based look-ups and inserts (one statement per step, not per row),
 * so a 10,000-row file is a handful of statements inside the one transaction.
 */
import type { UserStatus } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';

export type KnownPerson = { id: string; email: string; kind: 'person' | 'service' };

export async function findPersonsByEmail(tx: Tx, emails: readonly string[]): Promise<KnownPerson[]> {
  const { rows } = await tx.query<KnownPerson>('select id, email, kind from users where email = any($1::text[])', [emails]);
  return rows;
}

/** E-mails (of the given ones) whose person is a member of the account in any status. */
export async function findMemberEmails(tx: Tx, scope: { accountId: string; emails: readonly string[] }): Promise<string[]> {
  const { rows } = await tx.query<{ email: string }>(
    'select u.email from memberships m join users u on u.id = m.user_id where m.account_id = $1 and u.email = any($2::text[])',
    [scope.accountId, scope.emails],
  );
  return rows.map((row) => row.email);
}

export async function findUsedExternalIds(tx: Tx, scope: { accountId: string; externalIds: readonly string[] }): Promise<string[]> {
  const { rows } = await tx.query<{ externalId: string }>(
    'select external_id as "externalId" from memberships where account_id = $1 and external_id = any($2::text[])',
    [scope.accountId, scope.externalIds],
  );
  return rows.map((row) => row.externalId);
}

export type NewPerson = { email: string; name: string; profile: Record<string, unknown> };

/** Creates people without credentials; returns their ids by e-mail. */
export async function insertPersons(tx: Tx, persons: readonly NewPerson[]): Promise<Map<string, string>> {
  if (persons.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; email: string }>(
    `insert into users (email, name, profile, kind)
     select email, name, profile, 'person' from unnest($1::text[], $2::text[], $3::jsonb[]) as p(email, name, profile)
     returning id, email`,
    [persons.map((p) => p.email), persons.map((p) => p.name), persons.map((p) => JSON.stringify(p.profile))],
  );
  return new Map(rows.map((row) => [row.email, row.id]));
}

export type NewMember = { userId: string; status: UserStatus; externalId: string | null; roleIds: readonly string[] };

/** Adds the memberships and their direct roles. */
export async function insertMembers(tx: Tx, batch: { accountId: string; createdBy: string; members: readonly NewMember[] }): Promise<void> {
  const { accountId, createdBy, members } = batch;
  await tx.query(
    `insert into memberships (account_id, user_id, status, external_id, created_by)
     select $1, user_id, status, external_id, $2 from unnest($3::uuid[], $4::text[], $5::text[]) as m(user_id, status, external_id)`,
    [accountId, createdBy, members.map((m) => m.userId), members.map((m) => m.status), members.map((m) => m.externalId)],
  );
  const pairs = members.flatMap((m) => m.roleIds.map((roleId) => [m.userId, roleId] as const));
  await tx.query(
    `insert into membership_roles (account_id, user_id, role_id)
     select $1, user_id, role_id from unnest($2::uuid[], $3::uuid[]) as r(user_id, role_id) on conflict do nothing`,
    [accountId, pairs.map(([userId]) => userId), pairs.map(([, roleId]) => roleId)],
  );
}
