/** SQL for team roles: the pages they open and the colour they are shown in. */
import type { TeamPage, TeamRole } from '@flowforge/contracts';
import type { Tx } from '../../../platform/db/pool.ts';

const ROLE_COLUMNS = `r.id, r.name, r.color, r.pages,
  (select count(*)::int from team_member_roles mr where mr.role_id = r.id) as "memberCount",
  to_json(r.created_at)#>>'{}' as "createdAt"`;

export type TeamRoleFields = { name: string; color: string; pages: TeamPage[] };

export async function listTeamRoles(tx: Tx, teamId: string): Promise<TeamRole[]> {
  const { rows } = await tx.query<TeamRole>(`select ${ROLE_COLUMNS} from team_roles r where r.team_id = $1 order by lower(r.name), r.id`, [teamId]);
  return rows;
}

export async function findTeamRole(tx: Tx, input: { teamId: string; roleId: string }): Promise<TeamRole | undefined> {
  const { rows } = await tx.query<TeamRole>(`select ${ROLE_COLUMNS} from team_roles r where r.team_id = $1 and r.id = $2`, [input.teamId, input.roleId]);
  return rows[0];
}

/** Inserts a role; undefined when the team already has a role of that name (ignoring case). */
export async function insertTeamRole(tx: Tx, input: { accountId: string; teamId: string; fields: TeamRoleFields }): Promise<string | undefined> {
  const { name, color, pages } = input.fields;
  const { rows } = await tx.query<{ id: string }>(
    `insert into team_roles (account_id, team_id, name, color, pages) values ($1, $2, $3, $4, $5) on conflict do nothing returning id`,
    [input.accountId, input.teamId, name, color, pages],
  );
  return rows[0]?.id;
}

/** Updates a role; false when the new name is taken by another role of the team. */
export async function updateTeamRole(tx: Tx, input: { teamId: string; roleId: string; fields: TeamRoleFields }): Promise<boolean> {
  const { name, color, pages } = input.fields;
  const result = await tx.query(
    `update team_roles r set name = $3, color = $4, pages = $5, updated_at = now()
      where r.team_id = $1 and r.id = $2
        and not exists (select 1 from team_roles o where o.team_id = r.team_id and o.id <> r.id and lower(o.name) = lower($3))`,
    [input.teamId, input.roleId, name, color, pages],
  );
  return result.rowCount === 1;
}

/** Deletes a role; members holding it lose it (assignments cascade). */
export async function deleteTeamRole(tx: Tx, input: { teamId: string; roleId: string }): Promise<void> {
  await tx.query('delete from team_roles where team_id = $1 and id = $2', [input.teamId, input.roleId]);
}
