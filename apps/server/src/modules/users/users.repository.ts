/**
 * SQL for reading users: a person (global `users`) joined with their membership in the account.
 * Service users (kind 'service') are never listed. The memberships policy also shows the caller's
 * own memberships in other accounts, so every query names the account explicitly.
 */
import type { User, UserSortField, UserStatus } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

/** The sort expression, its type, and the id that breaks ties (from the same table, so one index serves both). */
type SortKey = { expression: string; type: 'text' | 'timestamptz'; id: 'u.id' | 'm.user_id' };

// Constant SQL fragments, chosen by a field name checked against USER_SORT_FIELDS. Each matches an
// index of migration 0009, so the first page is read in order instead of sorting every member.
const SORT_KEYS: Record<UserSortField, SortKey> = {
  name: { expression: 'lower(u.name)', type: 'text', id: 'u.id' },
  email: { expression: 'lower(u.email)', type: 'text', id: 'u.id' },
  createdAt: { expression: 'm.created_at', type: 'timestamptz', id: 'm.user_id' },
  // Never signed in sorts before the oldest sign-in.
  lastLoginAt: { expression: `coalesce(u.last_login_at, '-infinity'::timestamptz)`, type: 'timestamptz', id: 'u.id' },
};

// The per-account user record; the caller's select adds `from memberships m join users u`.
const USER_COLUMNS = `m.user_id as id, u.email, u.name, u.image, m.status, u.profile, m.external_id as "externalId",
  to_json(u.last_login_at)#>>'{}' as "lastLoginAt", to_json(m.created_at)#>>'{}' as "createdAt",
  m.created_by as "createdBy",
  coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name, 'color', r.color)
                            order by array_position(array['owner', 'admin', 'member', 'viewer'], r.system_key) nulls last, lower(r.name))
              from membership_roles mr join roles r on r.id = mr.role_id
             where mr.account_id = m.account_id and mr.user_id = m.user_id), '[]'::json) as roles,
  coalesce((select array_agg(gm.group_id order by gm.group_id) from group_members gm
             where gm.account_id = m.account_id and gm.user_id = m.user_id), '{}') as "groupIds"`;

type UserRow = Omit<User, 'roleIds'>;

export type UserFilters = { q?: string | undefined; status?: UserStatus | undefined; roleId?: string | undefined; groupId?: string | undefined };

export type UserPage = {
  accountId: string;
  filters: UserFilters;
  sort: { field: UserSortField; direction: 'asc' | 'desc' };
  /** The last row of the previous page: its sort key and id. */
  after: { key: string; id: string } | null;
  limit: number;
};

/** One page of the account's users (keyset on sort key and id); fetches limit + 1 to know if more follow. */
export async function listUsers(tx: Tx, page: UserPage): Promise<(User & { sortKey: string })[]> {
  const { expression, type, id } = SORT_KEYS[page.sort.field];
  const direction = page.sort.direction;
  const comparison = direction === 'desc' ? '<' : '>';
  const pattern = page.filters.q ? `%${escapeLike(page.filters.q.toLowerCase())}%` : null;
  const { rows } = await tx.query<UserRow & { sortKey: string }>(
    `select ${USER_COLUMNS}, to_json(${expression})#>>'{}' as "sortKey"
       from memberships m join users u on u.id = m.user_id
      where m.account_id = $1 and u.kind = 'person'
        and ($2::text is null or lower(u.name) like $2 or lower(u.email) like $2)
        and ($3::text is null or m.status = $3)
        and ($4::uuid is null or exists (select 1 from membership_roles mr where mr.account_id = m.account_id and mr.user_id = m.user_id and mr.role_id = $4))
        and ($5::uuid is null or exists (select 1 from group_members gm where gm.group_id = $5 and gm.user_id = m.user_id))
        and ($6::text is null or (${expression}, ${id}) ${comparison} ($6::${type}, $7::uuid))
      order by ${expression} ${direction}, ${id} ${direction}
      limit $8`,
    [
      page.accountId, pattern, page.filters.status ?? null, page.filters.roleId ?? null, page.filters.groupId ?? null,
      page.after?.key ?? null, page.after?.id ?? null, page.limit + 1,
    ],
  );
  return rows.map(withRoleIds);
}

/** One user of the account, or undefined (also for another account's user or a service user). */
export async function findUser(tx: Tx, member: { accountId: string; userId: string }): Promise<User | undefined> {
  const { rows } = await tx.query<UserRow>(
    `select ${USER_COLUMNS} from memberships m join users u on u.id = m.user_id
      where m.account_id = $1 and m.user_id = $2 and u.kind = 'person'`,
    [member.accountId, member.userId],
  );
  return rows[0] ? withRoleIds(rows[0]) : undefined;
}

function withRoleIds<T extends UserRow>(row: T): T & { roleIds: string[] } {
  return { ...row, roleIds: row.roles.map((role) => role.id) };
}

// `like` treats % and _ as wildcards; a search for "a_b" means those characters.
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
