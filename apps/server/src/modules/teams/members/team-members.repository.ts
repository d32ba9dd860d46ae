/** SQL for a team's members and their team roles. */
import type { TeamMember, TeamMembersQuery } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';

const MEMBER_COLUMNS = `m.user_id as "userId", u.name, u.email, coalesce(t.created_by = m.user_id, false) as "isOwner",
  to_json(m.joined_at)#>>'{}' as "joinedAt",
  coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name, 'color', r.color) order by lower(r.name), r.id)
              from team_member_roles mr join team_roles r on r.id = mr.role_id
             where mr.team_id = m.team_id and mr.user_id = m.user_id), '[]') as roles`;
const MEMBER_FROM = 'team_members m join teams t on t.id = m.team_id join users u on u.id = m.user_id';

/** Members by name; `q` matches name or e-mail, `roleId` keeps holders of that role or (`none`) of no role. */
export async function listTeamMembers(tx: Tx, input: { teamId: string; filter: TeamMembersQuery }): Promise<TeamMember[]> {
  const { q, roleId } = input.filter;
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await tx.query<TeamMember>(
    `select ${MEMBER_COLUMNS} from ${MEMBER_FROM}
      where m.team_id = $1
        and ($2::text is null or u.name ilike $2 or u.email ilike $2)
        and ($3::text is null
             or ($3 = 'none' and not exists (select 1 from team_member_roles x where x.team_id = m.team_id and x.user_id = m.user_id))
             or ($3 <> 'none' and exists (select 1 from team_member_roles x where x.team_id = m.team_id and x.user_id = m.user_id and x.role_id::text = $3)))
      order by lower(u.name), u.id`,
    [input.teamId, pattern, roleId ?? null],
  );
  return rows;
}

export async function findTeamMember(tx: Tx, input: { teamId: string; userId: string }): Promise<TeamMember | undefined> {
  const { rows } = await tx.query<TeamMember>(
    `select ${MEMBER_COLUMNS} from ${MEMBER_FROM} where m.team_id = $1 and m.user_id = $2`,
    [input.teamId, input.userId],
  );
  return rows[0];
}

/** Which of these ids are roles of the team. */
export async function findTeamRoleIds(tx: Tx, input: { teamId: string; roleIds: readonly string[] }): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>('select id from team_roles where team_id = $1 and id = any($2::uuid[])', [input.teamId, input.roleIds]);
  return new Set(rows.map((row) => row.id));
}

/** Replaces the member's team roles with exactly these. */
export async function replaceMemberRoles(tx: Tx, input: { accountId: string; teamId: string; userId: string; roleIds: readonly string[] }): Promise<void> {
  await tx.query(
    'delete from team_member_roles where team_id = $1 and user_id = $2 and role_id <> all($3::uuid[])',
    [input.teamId, input.userId, input.roleIds],
  );
  await tx.query(
    `insert into team_member_roles (account_id, team_id, user_id, role_id)
     select $1, $2, $3, unnest($4::uuid[]) on conflict do nothing`,
    [input.accountId, input.teamId, input.userId, input.roleIds],
  );
}
