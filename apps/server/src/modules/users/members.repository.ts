/**
 * SQL for changing who belongs to the account: people (global `users` rows, created without
 * credentials when invited), their memberships and the roles given to them directly.
 */
import type { UserStatus } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type Person = { id: string; kind: 'person' | 'service'; name: string };
export type AccountRole = { id: string; name: string; systemKey: string | null };
export type MemberState = { status: UserStatus; externalId: string | null; roleIds: string[] };

/** A person by e-mail address (stored lower-case, as better-auth does). */
export async function findPersonByEmail(tx: Tx, email: string): Promise<Person | undefined> {
  const { rows } = await tx.query<Person>('select id, kind, name from users where email = $1', [email.toLowerCase()]);
  return rows[0];
}

/** Creates a person without credentials: they choose a password when accepting the invitation. */
export async function insertPerson(tx: Tx, person: { email: string; name: string; profile: Record<string, unknown> }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into users (name, email, profile, kind) values ($1, $2, $3, 'person') returning id`,
    [person.name, person.email.toLowerCase(), JSON.stringify(person.profile)],
  );
  return rows[0]?.id ?? '';
}

export async function updatePerson(tx: Tx, change: { userId: string; name?: string | undefined; profile?: Record<string, unknown> | undefined }): Promise<void> {
  if (change.name === undefined && change.profile === undefined) return;
  await tx.query(
    `update users set name = coalesce($2, name), profile = coalesce($3::jsonb, profile), updated_at = now() where id = $1`,
    [change.userId, change.name ?? null, change.profile === undefined ? null : JSON.stringify(change.profile)],
  );
}

export async function insertMembership(
  tx: Tx,
  membership: { accountId: string; userId: string; status: UserStatus; externalId: string | null; createdBy: string },
): Promise<void> {
  await tx.query(
    'insert into memberships (account_id, user_id, status, external_id, created_by) values ($1, $2, $3, $4, $5)',
    [membership.accountId, membership.userId, membership.status, membership.externalId, membership.createdBy],
  );
}

/** The membership with its direct roles, locked for the rest of the transaction. */
export async function findMemberForUpdate(tx: Tx, member: { accountId: string; userId: string }): Promise<MemberState | undefined> {
  const { rows } = await tx.query<MemberState>(
    `select m.status, m.external_id as "externalId",
            coalesce((select array_agg(mr.role_id) from membership_roles mr where mr.account_id = m.account_id and mr.user_id = m.user_id), '{}') as "roleIds"
       from memberships m join users u on u.id = m.user_id
      where m.account_id = $1 and m.user_id = $2 and u.kind = 'person'
        for update of m`,
    [member.accountId, member.userId],
  );
  return rows[0];
}

export async function updateMembership(
  tx: Tx,
  change: { accountId: string; userId: string; status?: UserStatus | undefined; externalId?: string | null | undefined },
): Promise<void> {
  await tx.query(
    `update memberships set status = coalesce($3, status), external_id = case when $4 then $5 else external_id end, updated_at = now()
      where account_id = $1 and user_id = $2`,
    [change.accountId, change.userId, change.status ?? null, change.externalId !== undefined, change.externalId ?? null],
  );
}

export async function replaceMembershipRoles(tx: Tx, member: { accountId: string; userId: string; roleIds: readonly string[] }): Promise<void> {
  await tx.query('delete from membership_roles where account_id = $1 and user_id = $2 and not (role_id = any($3::uuid[]))', [
    member.accountId, member.userId, member.roleIds,
  ]);
  await tx.query(
    `insert into membership_roles (account_id, user_id, role_id) select $1, $2, unnest($3::uuid[]) on conflict do nothing`,
    [member.accountId, member.userId, member.roleIds],
  );
}

/** Removes the membership (roles, group memberships and invitations go with it); false if none. */
export async function deleteMembership(tx: Tx, member: { accountId: string; userId: string }): Promise<boolean> {
  const result = await tx.query('delete from memberships where account_id = $1 and user_id = $2', [member.accountId, member.userId]);
  return result.rowCount === 1;
}

/** The account's roles (system and custom). */
export async function listAccountRoles(tx: Tx, accountId: string): Promise<AccountRole[]> {
  const { rows } = await tx.query<AccountRole>('select id, name, system_key as "systemKey" from roles where account_id = $1', [accountId]);
  return rows;
}

/** Serialises changes that may take the last owner away, so two of them cannot both pass the check. */
export async function lockOwners(tx: Tx, accountId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('owners:' || $1, 0))`, [accountId]);
}

/** True while an active person holds Owner, directly or through a group (or a parent group of one). */
export async function hasActiveOwner(tx: Tx, accountId: string): Promise<boolean> {
  const { rows } = await tx.query<{ found: boolean }>(
    `with recursive owner_roles as (select id from roles where account_id = $1 and system_key = 'owner'),
     owner_groups as (
       select gr.group_id from group_roles gr join owner_roles o on o.id = gr.role_id
       union
       select g.id from groups g join owner_groups og on g.parent_id = og.group_id
     )
     select exists (
       select 1 from memberships m join users u on u.id = m.user_id
        where m.account_id = $1 and m.status = 'active' and u.kind = 'person'
          and (exists (select 1 from membership_roles mr join owner_roles o on o.id = mr.role_id where mr.account_id = m.account_id and mr.user_id = m.user_id)
               or exists (select 1 from group_members gm join owner_groups og on og.group_id = gm.group_id where gm.account_id = m.account_id and gm.user_id = m.user_id))
     ) as found`,
    [accountId],
  );
  return rows[0]?.found ?? false;
}
