/** SQL for teams themselves: the caller's teams, one team, create, rename, delete, join and leave. */
import { TEAM_PAGES, type TeamColorScheme, type TeamSummary } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export const OWNER_ROLE = { name: 'Owner', color: '#111827' } as const;

// The caller ($1) is a member of every team listed; "myRoles" are their roles in it.
const SUMMARY_COLUMNS = `t.id, t.name, t.color_scheme as "colorScheme", coalesce(t.created_by = $1, false) as "isOwner",
  (select count(*)::int from team_members c where c.team_id = t.id) as "memberCount",
  coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name, 'color', r.color) order by lower(r.name), r.id)
              from team_member_roles mr join team_roles r on r.id = mr.role_id
             where mr.team_id = t.id and mr.user_id = $1), '[]') as "myRoles",
  to_json(t.created_at)#>>'{}' as "createdAt"`;

export type TeamSummaryRow = TeamSummary & { owner: { id: string; name: string } | null };

/** Every team the user belongs to, by name. */
export async function listTeamsOfUser(tx: Tx, userId: string): Promise<TeamSummary[]> {
  const { rows } = await tx.query<TeamSummary>(
    `select ${SUMMARY_COLUMNS} from teams t join team_members m on m.team_id = t.id and m.user_id = $1 order by lower(t.name), t.id`,
    [userId],
  );
  return rows;
}

/** One team the user belongs to, with its owner. */
export async function findTeamOfUser(tx: Tx, input: { teamId: string; userId: string }): Promise<TeamSummaryRow | undefined> {
  const { rows } = await tx.query<TeamSummaryRow>(
    `select ${SUMMARY_COLUMNS},
            (select json_build_object('id', u.id, 'name', u.name) from users u where u.id = t.created_by) as owner
       from teams t join team_members m on m.team_id = t.id and m.user_id = $1
      where t.id = $2`,
    [input.userId, input.teamId],
  );
  return rows[0];
}

/** Inserts a team; undefined when its creator already has a team of that name. */
export async function insertTeam(tx: Tx, team: { accountId: string; name: string; colorScheme: TeamColorScheme; createdBy: string }): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into teams (account_id, name, color_scheme, created_by) values ($1, $2, $3, $4) on conflict do nothing returning id`,
    [team.accountId, team.name, team.colorScheme, team.createdBy],
  );
  return rows[0]?.id;
}

/** Inserts the "Owner" team role (every page) and returns its id. */
export async function insertOwnerRole(tx: Tx, team: { accountId: string; teamId: string }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into team_roles (account_id, team_id, name, color, pages) values ($1, $2, $3, $4, $5) returning id`,
    [team.accountId, team.teamId, OWNER_ROLE.name, OWNER_ROLE.color, TEAM_PAGES],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('insert into team_roles returned no row');
  return id;
}

/**
 * Adds a member (no-op when already one) and makes sure their statistics row exists. The primary
 * key on (team_id, user_id) means rejoining finds the old row instead of adding a second one.
 */
export async function insertTeamMember(tx: Tx, member: { accountId: string; teamId: string; userId: string }): Promise<boolean> {
  const result = await tx.query(
    `insert into team_members (account_id, team_id, user_id) values ($1, $2, $3) on conflict do nothing`,
    [member.accountId, member.teamId, member.userId],
  );
  await tx.query(
    `insert into team_statistics (account_id, team_id, user_id) values ($1, $2, $3) on conflict (team_id, user_id) do nothing`,
    [member.accountId, member.teamId, member.userId],
  );
  return result.rowCount === 1;
}

export async function insertMemberRole(tx: Tx, assignment: { accountId: string; teamId: string; userId: string; roleId: string }): Promise<void> {
  await tx.query(
    `insert into team_member_roles (account_id, team_id, user_id, role_id) values ($1, $2, $3, $4) on conflict do nothing`,
    [assignment.accountId, assignment.teamId, assignment.userId, assignment.roleId],
  );
}

/** Renames or recolours a team; undefined when the new name clashes with another team of the owner. */
export async function updateTeam(tx: Tx, change: { teamId: string; name: string | undefined; colorScheme: TeamColorScheme | undefined }): Promise<{ name: string; colorScheme: TeamColorScheme } | undefined> {
  const { rows } = await tx.query<{ name: string; colorScheme: TeamColorScheme }>(
    `update teams t set name = coalesce($2, t.name), color_scheme = coalesce($3, t.color_scheme), updated_at = now()
      where t.id = $1
        and not exists (select 1 from teams o where o.account_id = t.account_id and o.created_by = t.created_by and o.id <> t.id
                           and lower(o.name) = lower(coalesce($2, t.name)))
      returning t.name, t.color_scheme as "colorScheme"`,
    [change.teamId, change.name ?? null, change.colorScheme ?? null],
  );
  return rows[0];
}

/** Deletes a team; members, roles, invitations and statistics go with it (foreign keys cascade). */
export async function deleteTeam(tx: Tx, teamId: string): Promise<{ members: number; invitations: number }> {
  const { rows } = await tx.query<{ members: number; invitations: number }>(
    `with counts as (
       select (select count(*)::int from team_members where team_id = $1) as members,
              (select count(*)::int from team_invitations where team_id = $1) as invitations)
     , gone as (delete from teams where id = $1 returning id)
     select counts.members, counts.invitations from counts, gone`,
    [teamId],
  );
  return rows[0] ?? { members: 0, invitations: 0 };
}

/** Removes a member from a team (their role assignments cascade; statistics stay). */
export async function deleteTeamMember(tx: Tx, member: { teamId: string; userId: string }): Promise<boolean> {
  const result = await tx.query('delete from team_members where team_id = $1 and user_id = $2', [member.teamId, member.userId]);
  return result.rowCount === 1;
}

/** The id of the person signed up with this e-mail, if any (users are global, not tenant rows). */
export async function findUserIdByEmail(tx: Pick<Tx, 'query'>, email: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>('select id from users where lower(email) = lower($1)', [email]);
  return rows[0]?.id;
}

/** The accounts the user is an active member of (visible in their own withUser scope). */
export async function listActiveAccountIdsOfUser(tx: Tx, userId: string): Promise<string[]> {
  const { rows } = await tx.query<{ accountId: string }>(
    `select account_id as "accountId" from memberships where user_id = $1 and status = 'active'`, [userId]);
  return rows.map((row) => row.accountId);
}
