/**
 * SQL for team invitations. Inside a tenant only that tenant's invitations are visible; in the
 * invitee's own scope (withUser, no tenant) the `invitee_read` policy of migration 0010 shows the
 * invitations addressed to their e-mail, and nothing else.
 */
import type { TeamInvitation } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';

const INVITATION_COLUMNS = `i.id, i.email, to_json(i.created_at)#>>'{}' as "createdAt",
  (select json_build_object('id', u.id, 'name', u.name) from users u where u.id = i.invited_by) as "invitedBy"`;

export async function listTeamInvitations(tx: Tx, teamId: string): Promise<TeamInvitation[]> {
  const { rows } = await tx.query<TeamInvitation>(
    `select ${INVITATION_COLUMNS} from team_invitations i where i.team_id = $1 order by i.created_at desc, i.id`, [teamId]);
  return rows;
}

/** True when someone signed up with this e-mail is a member of the team. */
export async function isTeamMemberByEmail(tx: Tx, input: { teamId: string; email: string }): Promise<boolean> {
  const { rowCount } = await tx.query(
    'select 1 from team_members m join users u on u.id = m.user_id where m.team_id = $1 and lower(u.email) = lower($2)', [input.teamId, input.email]);
  return rowCount === 1;
}

/** Inserts an invitation; undefined when this address is already invited to the team. */
export async function insertTeamInvitation(
  tx: Tx, invitation: { accountId: string; teamId: string; email: string; invitedBy: string; tokenHash: string },
): Promise<TeamInvitation | undefined> {
  const { rows } = await tx.query<TeamInvitation>(
    `with i as (insert into team_invitations (account_id, team_id, email, invited_by, token_hash) values ($1, $2, $3, $4, $5)
                on conflict do nothing returning *)
     select ${INVITATION_COLUMNS} from i`,
    [invitation.accountId, invitation.teamId, invitation.email, invitation.invitedBy, invitation.tokenHash],
  );
  return rows[0];
}

/** Withdraws an invitation; returns its address, or undefined when there was none. */
export async function deleteTeamInvitation(tx: Tx, input: { teamId: string; invitationId: string }): Promise<string | undefined> {
  const { rows } = await tx.query<{ email: string }>(
    'delete from team_invitations where team_id = $1 and id = $2 returning email', [input.teamId, input.invitationId]);
  return rows[0]?.email;
}

export type AddressedInvitationRow = { id: string; accountId: string; teamId: string; email: string; invitedBy: string | null; createdAt: string };

/** In the invitee's own scope: invitations addressed to them (optionally one), across accounts. */
export async function listInvitationsAddressedToMe(tx: Tx, invitationId?: string): Promise<AddressedInvitationRow[]> {
  const { rows } = await tx.query<AddressedInvitationRow>(
    `select i.id, i.account_id as "accountId", i.team_id as "teamId", i.email, i.invited_by as "invitedBy", to_json(i.created_at)#>>'{}' as "createdAt"
       from team_invitations i where ($1::uuid is null or i.id = $1) order by i.created_at desc, i.id`,
    [invitationId ?? null],
  );
  return rows;
}

export type InvitationContextRow = {
  accountName: string;
  teamsEnabled: boolean;
  teams: { id: string; name: string; colorScheme: string }[];
  inviters: { id: string; name: string }[];
};

/** Inside the inviting tenant: the names shown on the invitee's invitations. */
export async function findInvitationContext(tx: Tx, input: { teamIds: readonly string[]; inviterIds: readonly string[] }): Promise<InvitationContextRow | undefined> {
  const { rows } = await tx.query<InvitationContextRow>(
    `select a.name as "accountName",
            not exists (select 1 from account_features f where f.account_id = a.id and f.feature = 'teams' and not f.enabled) as "teamsEnabled",
            coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'colorScheme', t.color_scheme)) from teams t where t.id = any($1::uuid[])), '[]') as teams,
            coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name)) from users u where u.id = any($2::uuid[])), '[]') as inviters
       from accounts a where a.id = app_current_account_id()`,
    [input.teamIds, input.inviterIds],
  );
  return rows[0];
}

export type LockedInvitationRow = { id: string; teamId: string; email: string; invitedBy: string | null; tokenHash: string; teamsEnabled: boolean };

/** Inside the inviting tenant: locks the invitation if it is addressed to `email`. */
export async function lockInvitationForInvitee(tx: Tx, input: { invitationId: string; email: string }): Promise<LockedInvitationRow | undefined> {
  const { rows } = await tx.query<LockedInvitationRow>(
    `select i.id, i.team_id as "teamId", i.email, i.invited_by as "invitedBy", i.token_hash as "tokenHash",
            not exists (select 1 from account_features f where f.account_id = i.account_id and f.feature = 'teams' and not f.enabled) as "teamsEnabled"
       from team_invitations i where i.id = $1 and i.email = lower($2) for update of i`,
    [input.invitationId, input.email],
  );
  return rows[0];
}

export async function deleteInvitation(tx: Tx, invitationId: string): Promise<void> {
  await tx.query('delete from team_invitations where id = $1', [invitationId]);
}

/** The invitee's membership status in the inviting account, or undefined when they have none. */
export async function findMembershipStatus(tx: Tx, userId: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ status: string }>(
    'select status from memberships where account_id = app_current_account_id() and user_id = $1', [userId]);
  return rows[0]?.status;
}

/** Makes the invitee an active member of the inviting account with the system Member role. */
export async function insertMemberMembership(tx: Tx, input: { userId: string; createdBy: string | null }): Promise<void> {
  await tx.query(
    `with m as (insert into memberships (account_id, user_id, status, created_by) values (app_current_account_id(), $1, 'active', $2)
                returning account_id, user_id)
     insert into membership_roles (account_id, user_id, role_id)
     select m.account_id, m.user_id, r.id from m join roles r on r.account_id = m.account_id and r.system_key = 'member'`,
    [input.userId, input.createdBy],
  );
}
