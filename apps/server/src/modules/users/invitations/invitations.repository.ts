/**
 * SQL for invitations. Inside a tenant: create, replace, accept. Without one (the public accept
 * page): `app_find_invitation` (migration 0009) finds an open invitation by its token hash only.
 */
import type { Pool, Tx } from '../../../platform/db/pool.ts';

export type OpenInvitation = {
  invitationId: string;
  accountId: string;
  accountName: string;
  userId: string;
  email: string;
  userName: string;
  hasPassword: boolean;
};

/** An unexpired, unaccepted invitation of a pending member, or undefined. */
export async function findOpenInvitation(pool: Pool, tokenHash: string): Promise<OpenInvitation | undefined> {
  const { rows } = await pool.query<OpenInvitation>(
    `select invitation_id as "invitationId", account_id as "accountId", account_name as "accountName", user_id as "userId",
            email, user_name as "userName", has_password as "hasPassword"
       from app_find_invitation($1)`,
    [tokenHash],
  );
  return rows[0];
}

/** Replaces the members' open invitations with new ones (old links stop working). */
export async function replaceInvitations(
  tx: Tx,
  batch: { accountId: string; invitedBy: string; ttlDays: number; invitations: readonly { userId: string; tokenHash: string }[] },
): Promise<void> {
  const userIds = batch.invitations.map((invitation) => invitation.userId);
  await tx.query('delete from user_invitations where account_id = $1 and user_id = any($2::uuid[]) and accepted_at is null', [batch.accountId, userIds]);
  await tx.query(
    `insert into user_invitations (account_id, user_id, token_hash, invited_by, expires_at)
     select $1, user_id, token_hash, $2, now() + make_interval(days => $3) from unnest($4::uuid[], $5::text[]) as i(user_id, token_hash)`,
    [batch.accountId, batch.invitedBy, batch.ttlDays, userIds, batch.invitations.map((invitation) => invitation.tokenHash)],
  );
}

/** Marks the invitation accepted if it still is open; false when someone was quicker. */
export async function markInvitationAccepted(tx: Tx, invitationId: string): Promise<boolean> {
  const result = await tx.query(
    `update user_invitations set accepted_at = now() where id = $1 and accepted_at is null and expires_at > now()`,
    [invitationId],
  );
  return result.rowCount === 1;
}

export async function activateMembership(tx: Tx, member: { accountId: string; userId: string }): Promise<void> {
  await tx.query(`update memberships set status = 'active', updated_at = now() where account_id = $1 and user_id = $2 and status = 'pending'`, [
    member.accountId, member.userId,
  ]);
}

/**
 * Gives an invited person (no credentials yet) their name and password; the e-mail is now proven.
 * False when they got a password in the meantime (e.g. accepted another invitation first).
 */
export async function setFirstPassword(tx: Tx, person: { userId: string; passwordHash: string; name: string | undefined }): Promise<boolean> {
  const inserted = await tx.query(
    `insert into user_credentials (user_id, provider_id, provider_account_id, password)
     select $1::uuid, 'credential', $2::text, $3
      where not exists (select 1 from user_credentials where user_id = $1::uuid and provider_id = 'credential')`,
    [person.userId, person.userId, person.passwordHash],
  );
  if (inserted.rowCount !== 1) return false;
  await tx.query('update users set email_verified = true, name = coalesce($2, name), updated_at = now() where id = $1', [person.userId, person.name ?? null]);
  return true;
}

export async function setActiveAccount(tx: Tx, session: { sessionId: string; accountId: string }): Promise<void> {
  await tx.query('update user_sessions set active_account_id = $2, updated_at = now() where id = $1', [session.sessionId, session.accountId]);
}
