/** SQL for groups: the records, their nesting and their roles (members are in group-members.repository.ts). */
import type { Group, GroupType } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type GroupRow = Group & { sortKey: string };

// totalMemberCount walks the group's subtree; nesting is kept acyclic on write.
const GROUP_SELECT = `
  select g.id, g.name, g.description, g.type, g.rule, g.parent_id as "parentId", p.name as "parentName", g.external_id as "externalId",
         (select count(*) from group_members gm where gm.group_id = g.id)::int as "memberCount",
         (with recursive subtree as (
            select g.id as id
            union
            select c.id from groups c join subtree s on c.parent_id = s.id
          )
          select count(distinct gm.user_id) from group_members gm join subtree s on s.id = gm.group_id)::int as "totalMemberCount",
         coalesce((select jsonb_agg(jsonb_build_object('id', r.id, 'name', r.name, 'color', r.color, 'systemKey', r.system_key)
                                    order by r.system_key is null, lower(r.name))
                     from group_roles gr join roles r on r.id = gr.role_id where gr.group_id = g.id), '[]') as roles,
         to_json(g.created_at)#>>'{}' as "createdAt", to_json(g.updated_at)#>>'{}' as "updatedAt", lower(g.name) as "sortKey"
    from groups g left join groups p on p.id = g.parent_id`;

export type GroupFilter = { q?: string | undefined; type?: GroupType | undefined; after: [string, string] | null; limit: number };

/** One page by name (keyset on lower(name), id); fetches limit + 1 to know whether more follow. */
export async function listGroups(tx: Tx, filter: GroupFilter): Promise<GroupRow[]> {
  const { rows } = await tx.query<GroupRow>(
    `${GROUP_SELECT}
      where ($1::text is null or strpos(lower(g.name), lower($1)) > 0 or strpos(lower(g.description), lower($1)) > 0)
        and ($2::text is null or g.type = $2)
        and ($3::text is null or (lower(g.name), g.id) > ($3::text, $4::uuid))
      order by lower(g.name), g.id
      limit $5`,
    [filter.q || null, filter.type ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1]);
  return rows;
}

export async function findGroup(tx: Tx, id: string): Promise<GroupRow | undefined> {
  const { rows } = await tx.query<GroupRow>(`${GROUP_SELECT} where g.id = $1`, [id]);
  return rows[0];
}

/** The group and its ancestors, nearest first (the group itself at index 0). */
export async function listGroupChain(tx: Tx, id: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await tx.query<{ id: string; name: string }>(
    `with recursive chain as (
       select id, name, parent_id, 0 as depth from groups where id = $1
       union all
       select g.id, g.name, g.parent_id, c.depth + 1 from groups g join chain c on g.id = c.parent_id where c.depth < 1000
     )
     select id, name from chain order by depth`, [id]);
  return rows;
}

export type GroupValues = {
  name: string; description: string; type: GroupType; rule: string | null; parentId: string | null; externalId: string | null;
};

function isNameConflict(error: unknown): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === 'groups_account_name_idx';
}

// A savepoint keeps the transaction usable when the unique index rejects the name.
async function writeGuarded<T>(tx: Tx, write: () => Promise<T>): Promise<T | 'name-taken'> {
  await tx.query('savepoint write_group');
  try {
    const result = await write();
    await tx.query('release savepoint write_group');
    return result;
  } catch (error) {
    await tx.query('rollback to savepoint write_group');
    if (isNameConflict(error)) return 'name-taken';
    throw error;
  }
}

export async function insertGroup(tx: Tx, accountId: string, values: GroupValues): Promise<string | 'name-taken'> {
  return writeGuarded(tx, async () => {
    const { rows } = await tx.query<{ id: string }>(
      `insert into groups (account_id, name, description, type, rule, parent_id, external_id) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [accountId, values.name, values.description, values.type, values.rule, values.parentId, values.externalId]);
    return rows[0]?.id ?? '';
  });
}

export async function updateGroup(tx: Tx, id: string, values: GroupValues): Promise<'ok' | 'name-taken'> {
  return writeGuarded(tx, async () => {
    await tx.query(
      `update groups set name = $2, description = $3, type = $4, rule = $5, parent_id = $6, external_id = $7, updated_at = now() where id = $1`,
      [id, values.name, values.description, values.type, values.rule, values.parentId, values.externalId]);
    return 'ok' as const;
  });
}

/** Deletes a group; its sub-groups move to the top level (the foreign key sets their parent to null). */
export async function deleteGroup(tx: Tx, id: string): Promise<void> {
  await tx.query('delete from groups where id = $1', [id]);
}

/** Replaces the group's roles; returns the role ids added and removed. */
export async function replaceGroupRoles(tx: Tx, input: { accountId: string; groupId: string; roleIds: readonly string[] }): Promise<{ added: string[]; removed: string[] }> {
  const removed = await tx.query<{ roleId: string }>(
    `delete from group_roles where group_id = $1 and role_id <> all($2::uuid[]) returning role_id as "roleId"`, [input.groupId, input.roleIds]);
  const added = await tx.query<{ roleId: string }>(
    `insert into group_roles (account_id, group_id, role_id) select $1, $2, unnest($3::uuid[])
     on conflict do nothing returning role_id as "roleId"`, [input.accountId, input.groupId, input.roleIds]);
  return { added: added.rows.map((row) => row.roleId), removed: removed.rows.map((row) => row.roleId) };
}

/** The roles given to the group and to each of its ancestors (what its members hold through it). */
export async function listChainRoles(tx: Tx, groupId: string): Promise<{ id: string; name: string; systemKey: string | null; permissions: string[] }[]> {
  const { rows } = await tx.query<{ id: string; name: string; systemKey: string | null; permissions: string[] }>(
    `with recursive chain as (
       select id, parent_id from groups where id = $1
       union
       select g.id, g.parent_id from groups g join chain c on g.id = c.parent_id
     )
     select distinct r.id, r.name, r.system_key as "systemKey", r.permissions
       from chain c join group_roles gr on gr.group_id = c.id join roles r on r.id = gr.role_id`, [groupId]);
  return rows;
}
