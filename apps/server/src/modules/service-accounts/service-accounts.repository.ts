/**
 * SQL for service accounts and the service users they act as. Every query runs in the tenant's
 * transaction, so another account's service accounts are never found.
 */
import { randomUUID } from 'node:crypto';
import type { RateLimitSetting, ServiceAccount } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

const COLUMNS = `s.id, s.name, s.description, s.user_id as "userId", s.rate_limit as "rateLimit",
  case when s.disabled_at is null then 'active' else 'disabled' end as status,
  (select count(*)::int from api_keys k where k.service_account_id = s.id and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())) as "activeApiKeyCount",
  (select count(*)::int from oauth_clients c where c.service_account_id = s.id and c.revoked_at is null) as "activeOAuthClientCount",
  to_json(greatest((select max(k.last_used_at) from api_keys k where k.service_account_id = s.id),
                   (select max(c.last_used_at) from oauth_clients c where c.service_account_id = s.id)))#>>'{}' as "lastUsedAt",
  to_json(s.created_at)#>>'{}' as "createdAt", s.created_by as "createdBy", to_json(s.disabled_at)#>>'{}' as "disabledAt"`;

export type ServiceAccountPageQuery = { after: [string, string] | null; limit: number };

/** One page by name (keyset on lower(name), id); fetches limit + 1 to know whether more follow. */
export async function listServiceAccounts(tx: Tx, page: ServiceAccountPageQuery): Promise<(ServiceAccount & { sortName: string })[]> {
  const { rows } = await tx.query<ServiceAccount & { sortName: string }>(
    `select ${COLUMNS}, lower(s.name) as "sortName" from service_accounts s
      where ($1::text is null or (lower(s.name), s.id) > ($1::text, $2::uuid))
      order by lower(s.name), s.id
      limit $3`,
    [page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );
  return rows;
}

export async function findServiceAccount(tx: Tx, id: string): Promise<ServiceAccount | undefined> {
  const { rows } = await tx.query<ServiceAccount>(`select ${COLUMNS} from service_accounts s where s.id = $1`, [id]);
  return rows[0];
}

/** Whether another service account of the tenant has this name (case-insensitively). */
export async function isNameTaken(tx: Tx, name: string, exceptId: string | null): Promise<boolean> {
  const { rows } = await tx.query<{ taken: boolean }>(
    'select exists (select 1 from service_accounts where lower(name) = lower($1) and id is distinct from $2::uuid) as taken', [name, exceptId]);
  return rows[0]?.taken ?? false;
}

export type NewServiceAccount = { accountId: string; name: string; description: string; rateLimit: RateLimitSetting | null; createdBy: string };

/**
 * Creates the service user (kind 'service': no password, an address under the reserved `.invalid`
 * domain, so no mail and no sign-in can ever reach it), its active membership without roles, and
 * the service account. Returns the new id, or null when the name was taken meanwhile.
 */
export async function insertServiceAccount(tx: Tx, values: NewServiceAccount): Promise<string | null> {
  const id = randomUUID();
  const { rows: users } = await tx.query<{ id: string }>(
    `insert into users (name, email, email_verified, kind) values ($1, $2, false, 'service') returning id`,
    [values.name, `service-account-${id}@service-accounts.invalid`],
  );
  const userId = users[0]?.id;
  await tx.query(`insert into memberships (account_id, user_id, status, created_by) values ($1, $2, 'active', $3)`, [values.accountId, userId, values.createdBy]);
  const { rows } = await tx.query<{ id: string }>(
    `insert into service_accounts (id, account_id, user_id, name, description, rate_limit, created_by)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (account_id, lower(name)) do nothing returning id`,
    [id, values.accountId, userId, values.name, values.description, values.rateLimit === null ? null : JSON.stringify(values.rateLimit), values.createdBy],
  );
  return rows[0]?.id ?? null;
}

export type ServiceAccountChanges = { name?: string | undefined; description?: string | undefined; rateLimit?: RateLimitSetting | null | undefined };

/** Applies the given changes; the service user's name follows the service account's. */
export async function updateServiceAccount(tx: Tx, id: string, changes: ServiceAccountChanges): Promise<void> {
  const hasRateLimit = changes.rateLimit !== undefined;
  const { rows } = await tx.query<{ userId: string }>(
    `update service_accounts set name = coalesce($2, name), description = coalesce($3, description),
            rate_limit = case when $4::boolean then $5::jsonb else rate_limit end, updated_at = now()
      where id = $1 returning user_id as "userId"`,
    [id, changes.name ?? null, changes.description ?? null, hasRateLimit, hasRateLimit && changes.rateLimit ? JSON.stringify(changes.rateLimit) : null],
  );
  const userId = rows[0]?.userId;
  if (changes.name !== undefined && userId) await tx.query('update users set name = $2, updated_at = now() where id = $1', [userId, changes.name]);
}

/** Disables the service account; its credentials stop working with the next request. */
export async function disableServiceAccount(tx: Tx, id: string): Promise<void> {
  await tx.query('update service_accounts set disabled_at = now(), updated_at = now() where id = $1 and disabled_at is null', [id]);
}

/** Locks the service account row (serialises credential changes of one service account). */
export async function lockServiceAccount(tx: Tx, id: string): Promise<{ disabledAt: Date | null } | undefined> {
  const { rows } = await tx.query<{ disabledAt: Date | null }>('select disabled_at as "disabledAt" from service_accounts where id = $1 for update', [id]);
  return rows[0];
}
