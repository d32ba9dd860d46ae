/** SQL for group membership: listing, static edits, and the bulk reads and writes of dynamic groups. */
import type { GroupMember } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import type { RuleSubject } from './group-rules.ts';

export type MemberRow = GroupMember & { sortKey: string };

/**
 * Members of the group and of its sub-groups by name; a person in the group itself is listed as a
 * direct member even when also in a sub-group, otherwise with the (first) sub-group they are in.
 */
export async function listGroupMembers(tx: Tx, query: { groupId: string; q?: string | undefined; after: [string, string] | null; limit: number }): Promise<MemberRow[]> {
  const { rows } = await tx.query<MemberRow>(
    `with recursive subtree as (
       select id from groups where id = $1
       union
       select c.id from groups c join subtree s on c.parent_id = s.id
     ),
     entries as (
       select distinct on (gm.user_id) gm.user_id, gm.group_id <> $1 as inherited, case when gm.group_id <> $1 then gm.group_id end as via
         from group_members gm join subtree s on s.id = gm.group_id
        order by gm.user_id, gm.group_id <> $1, gm.group_id
     )
     select u.id as "userId", u.name, u.email, m.status, e.inherited as "isInherited",
            case when v.id is null then null else jsonb_build_object('id', v.id, 'name', v.name) end as "viaGroup", lower(u.name) as "sortKey"
       from entries e
       join users u on u.id = e.user_id
       join memberships m on m.user_id = e.user_id and m.account_id = app_current_account_id()
       left join groups v on v.id = e.via
      where ($2::text is null or strpos(lower(u.name), lower($2)) > 0 or strpos(lower(u.email), lower($2)) > 0)
        and ($3::text is null or (lower(u.name), u.id) > ($3::text, $4::uuid))
      order by lower(u.name), u.id
      limit $5`,
    [query.groupId, query.q || null, query.after?.[0] ?? null, query.after?.[1] ?? null, query.limit + 1]);
  return rows;
}

/** Which of these users are members of the account. */
export async function findAccountMemberIds(tx: Tx, userIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ userId: string }>(
    `select user_id as "userId" from memberships where account_id = app_current_account_id() and user_id = any($1::uuid[])`, [userIds]);
  return new Set(rows.map((row) => row.userId));
}

export async function listDirectMemberIds(tx: Tx, groupId: string): Promise<string[]> {
  const { rows } = await tx.query<{ userId: string }>('select user_id as "userId" from group_members where group_id = $1', [groupId]);
  return rows.map((row) => row.userId);
}

/** Adds (group, user) pairs that are not there yet; returns how many were added. */
export async function insertMemberPairs(tx: Tx, input: { accountId: string; groupIds: readonly string[]; userIds: readonly string[] }): Promise<number> {
  if (input.groupIds.length === 0) return 0;
  const result = await tx.query(
    `insert into group_members (account_id, group_id, user_id) select $1, pair.group_id, pair.user_id from unnest($2::uuid[], $3::uuid[]) as pair(group_id, user_id)
     on conflict do nothing`, [input.accountId, input.groupIds, input.userIds]);
  return result.rowCount ?? 0;
}

/** Removes (group, user) pairs; returns how many were there. */
export async function deleteMemberPairs(tx: Tx, input: { groupIds: readonly string[]; userIds: readonly string[] }): Promise<number> {
  if (input.groupIds.length === 0) return 0;
  const result = await tx.query(
    `delete from group_members gm using unnest($1::uuid[], $2::uuid[]) as pair(group_id, user_id)
      where gm.group_id = pair.group_id and gm.user_id = pair.user_id`, [input.groupIds, input.userIds]);
  return result.rowCount ?? 0;
}

export async function listDynamicGroupRules(tx: Tx, groupIds: readonly string[] | null): Promise<{ id: string; rule: string }[]> {
  const { rows } = await tx.query<{ id: string; rule: string }>(
    `select id, rule from groups where type = 'dynamic' and ($1::uuid[] is null or id = any($1::uuid[])) order by id`, [groupIds]);
  return rows;
}

/** People (kind 'person') of the account with what rules read; all of them when `userIds` is null. */
export async function listRuleSubjects(tx: Tx, userIds: readonly string[] | null): Promise<RuleSubject[]> {
  const { rows } = await tx.query<RuleSubject>(
    `select m.user_id as "userId", u.email, u.name, m.status, u.profile, m.external_id as "externalId",
            to_json(m.created_at)#>>'{}' as "createdAt", coalesce(rn.names, '{}') as "roleNames"
       from memberships m
       join users u on u.id = m.user_id
       left join (select mr.user_id, array_agg(r.name order by r.name) as names
                    from membership_roles mr join roles r on r.id = mr.role_id group by mr.user_id) rn on rn.user_id = m.user_id
      where m.account_id = app_current_account_id() and u.kind = 'person'
        and ($1::uuid[] is null or m.user_id = any($1::uuid[]))
      order by lower(u.name), u.id`, [userIds]);
  return rows;
}

/** Current members of these groups, limited to `userIds` when given. */
export async function listMemberPairs(tx: Tx, input: { groupIds: readonly string[]; userIds: readonly string[] | null }): Promise<{ groupId: string; userId: string }[]> {
  const { rows } = await tx.query<{ groupId: string; userId: string }>(
    `select group_id as "groupId", user_id as "userId" from group_members
      where group_id = any($1::uuid[]) and ($2::uuid[] is null or user_id = any($2::uuid[]))`, [input.groupIds, input.userIds]);
  return rows;
}
