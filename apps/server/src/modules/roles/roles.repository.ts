/**
 * SQL for roles. A role reaches people directly (membership_roles) and through groups: a role given
 * to a group is held by the members of that group and of every group nested below it.
 */
import type { Tx } from '../../platform/db/pool.ts';

export type RoleRow = {
  id: string; name: string; description: string; color: string; systemKey: string | null; permissions: string[];
  memberCount: number; directMemberCount: number; groupCount: number; createdAt: string; updatedAt: string;
};

/** (role, group) for every group holding a role itself or below a group that does. */
const HOLDING_GROUPS = `holding as (
    select gr.role_id, gr.group_id from group_roles gr
    union
    select h.role_id, g.id from groups g join holding h on g.parent_id = h.group_id
  ),
  holders as (
    select mr.role_id, mr.user_id from membership_roles mr
    union
    select h.role_id, gm.user_id from holding h join group_members gm on gm.group_id = h.group_id
  )`;

const ROLE_SELECT = `with recursive ${HOLDING_GROUPS}
  select r.id, r.name, r.description, r.color, r.system_key as "systemKey", r.permissions,
         (select count(*) from holders x where x.role_id = r.id)::int as "memberCount",
         (select count(*) from membership_roles mr where mr.role_id = r.id)::int as "directMemberCount",
         (select count(*) from group_roles gr where gr.role_id = r.id)::int as "groupCount",
         to_json(r.created_at)#>>'{}' as "createdAt", to_json(r.updated_at)#>>'{}' as "updatedAt"
    from roles r`;

const ROLE_ORDER = `order by r.system_key is null, array_position(array['owner', 'admin', 'member', 'viewer'], r.system_key), lower(r.name)`;

/** System roles first (owner, admin, member, viewer), then custom roles by name. */
export async function listRoles(tx: Tx): Promise<RoleRow[]> {
  const { rows } = await tx.query<RoleRow>(`${ROLE_SELECT} ${ROLE_ORDER}`);
  return rows;
}

export async function findRole(tx: Tx, id: string): Promise<RoleRow | undefined> {
  const { rows } = await tx.query<RoleRow>(`${ROLE_SELECT} where r.id = $1`, [id]);
  return rows[0];
}

/** The bare role records for these ids (those of the tenant only). */
export async function findRoleRefs(tx: Tx, ids: readonly string[]): Promise<{ id: string; name: string; systemKey: string | null; permissions: string[] }[]> {
  const { rows } = await tx.query<{ id: string; name: string; systemKey: string | null; permissions: string[] }>(
    `select id, name, system_key as "systemKey", permissions from roles where id = any($1::uuid[])`, [ids]);
  return rows;
}

export type RoleValues = { name: string; description: string; color: string; permissions: readonly string[] };

function isNameConflict(error: unknown): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === 'roles_account_name_idx';
}

/** Inserts a custom role; null when the name is taken (case-insensitively). */
export async function insertRole(tx: Tx, accountId: string, values: RoleValues): Promise<string | null> {
  await tx.query('savepoint insert_role');
  try {
    const { rows } = await tx.query<{ id: string }>(
      `insert into roles (account_id, name, description, color, permissions) values ($1, $2, $3, $4, $5) returning id`,
      [accountId, values.name, values.description, values.color, values.permissions]);
    await tx.query('release savepoint insert_role');
    return rows[0]?.id ?? null;
  } catch (error) {
    await tx.query('rollback to savepoint insert_role');
    if (isNameConflict(error)) return null;
    throw error;
  }
}

/** Writes a custom role's values; 'name-taken' when another role has the name. */
export async function updateRole(tx: Tx, id: string, values: RoleValues): Promise<'ok' | 'name-taken'> {
  await tx.query('savepoint update_role');
  try {
    await tx.query(
      `update roles set name = $2, description = $3, color = $4, permissions = $5, updated_at = now() where id = $1 and system_key is null`,
      [id, values.name, values.description, values.color, values.permissions]);
    await tx.query('release savepoint update_role');
    return 'ok';
  } catch (error) {
    await tx.query('rollback to savepoint update_role');
    if (isNameConflict(error)) return 'name-taken';
    throw error;
  }
}

export async function deleteRole(tx: Tx, id: string): Promise<void> {
  await tx.query('delete from roles where id = $1 and system_key is null', [id]);
}

/** Who holds a custom role directly and which groups hold it (for the audit entry of a deletion). */
export async function listRoleAssignments(tx: Tx, roleId: string): Promise<{ users: { id: string; email: string }[]; groups: { id: string; name: string }[] }> {
  const users = await tx.query<{ id: string; email: string }>(
    `select u.id, u.email from membership_roles mr join users u on u.id = mr.user_id where mr.role_id = $1 order by u.email`, [roleId]);
  const groups = await tx.query<{ id: string; name: string }>(
    `select g.id, g.name from group_roles gr join groups g on g.id = gr.group_id where gr.role_id = $1 order by lower(g.name)`, [roleId]);
  return { users: users.rows, groups: groups.rows };
}

export type HolderRow = { userId: string; name: string; email: string; status: string; isDirect: boolean; groups: { id: string; name: string }[]; sortKey: string };

/** People holding the role, by name; `groups` are the groups they are in that carry the role (or sit below one that does). */
export async function listRoleHolders(tx: Tx, query: { roleId: string; after: [string, string] | null; limit: number }): Promise<HolderRow[]> {
  const { rows } = await tx.query<HolderRow>(
    `with recursive holding as (
       select gr.group_id from group_roles gr where gr.role_id = $1
       union
       select g.id from groups g join holding h on g.parent_id = h.group_id
     ),
     holders as (
       select mr.user_id, true as direct, null::uuid as group_id from membership_roles mr where mr.role_id = $1
       union all
       select gm.user_id, false, gm.group_id from group_members gm join holding h on h.group_id = gm.group_id
     )
     select u.id as "userId", u.name, u.email, m.status, bool_or(x.direct) as "isDirect",
            coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name) order by lower(g.name)) filter (where g.id is not null), '[]') as groups,
            lower(u.name) as "sortKey"
       from holders x
       join users u on u.id = x.user_id
       join memberships m on m.user_id = x.user_id and m.account_id = app_current_account_id()
       left join groups g on g.id = x.group_id
      where $2::text is null or (lower(u.name), u.id) > ($2::text, $3::uuid)
      group by u.id, u.name, u.email, m.status
      order by lower(u.name), u.id
      limit $4`,
    [query.roleId, query.after?.[0] ?? null, query.after?.[1] ?? null, query.limit + 1]);
  return rows;
}
