/**
 * SQL for the credentials of a service account: API keys and OAuth clients. Only hashes of keys and
 * secrets are stored. Every query names the service account, so a credential is only found through
 * the service account it belongs to (and, by row-level security, only in the caller's tenant).
 */
import type { ApiKey, OAuthClient } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

const API_KEY_COLUMNS = `id, service_account_id as "serviceAccountId", name, prefix, permissions,
  array(select c::text from unnest(ip_allowlist) c) as "ipAllowlist",
  to_json(expires_at)#>>'{}' as "expiresAt", to_json(last_used_at)#>>'{}' as "lastUsedAt", to_json(created_at)#>>'{}' as "createdAt",
  created_by as "createdBy", to_json(revoked_at)#>>'{}' as "revokedAt",
  case when revoked_at is not null then 'revoked' when expires_at <= now() then 'expired' else 'active' end as status`;

const OAUTH_CLIENT_COLUMNS = `id, service_account_id as "serviceAccountId", name, client_id as "clientId", permissions,
  access_token_ttl as "accessTokenTtl", to_json(last_used_at)#>>'{}' as "lastUsedAt", to_json(created_at)#>>'{}' as "createdAt",
  created_by as "createdBy", to_json(secret_rotated_at)#>>'{}' as "secretRotatedAt",
  to_json(case when previous_secret_expires_at > now() then previous_secret_expires_at end)#>>'{}' as "previousSecretExpiresAt",
  to_json(revoked_at)#>>'{}' as "revokedAt", case when revoked_at is not null then 'revoked' else 'active' end as status`;

export async function listApiKeys(tx: Tx, serviceAccountId: string): Promise<ApiKey[]> {
  const { rows } = await tx.query<ApiKey>(`select ${API_KEY_COLUMNS} from api_keys where service_account_id = $1 order by created_at desc, id`, [serviceAccountId]);
  return rows;
}

export async function findApiKey(tx: Tx, serviceAccountId: string, id: string): Promise<ApiKey | undefined> {
  const { rows } = await tx.query<ApiKey>(`select ${API_KEY_COLUMNS} from api_keys where service_account_id = $1 and id = $2`, [serviceAccountId, id]);
  return rows[0];
}

export type NewApiKeyRow = {
  accountId: string; serviceAccountId: string; name: string; prefix: string; hash: string;
  permissions: readonly string[]; ipAllowlist: readonly string[]; expiresAt: string | null; createdBy: string;
};

/** Inserts a key; addresses in the allowlist become their network (`10.0.0.7/8` → `10.0.0.0/8`, `10.0.0.7` → `/32`). */
export async function insertApiKey(tx: Tx, values: NewApiKeyRow): Promise<ApiKey> {
  const { rows } = await tx.query<ApiKey>(
    `insert into api_keys (account_id, service_account_id, name, prefix, key_hash, permissions, ip_allowlist, expires_at, created_by)
     values ($1, $2, $3, $4, $5, $6, array(select distinct network(i) from unnest($7::inet[]) i), $8, $9)
     returning ${API_KEY_COLUMNS}`,
    [values.accountId, values.serviceAccountId, values.name, values.prefix, values.hash, values.permissions, values.ipAllowlist, values.expiresAt, values.createdBy],
  );
  const key = rows[0];
  if (!key) throw new Error('insert into api_keys returned no row');
  return key;
}

export async function revokeApiKey(tx: Tx, id: string): Promise<void> {
  await tx.query('update api_keys set revoked_at = now() where id = $1 and revoked_at is null', [id]);
}

export async function countActiveCredentials(tx: Tx, serviceAccountId: string): Promise<{ apiKeys: number; oauthClients: number }> {
  const { rows } = await tx.query<{ apiKeys: number; oauthClients: number }>(
    `select (select count(*)::int from api_keys where service_account_id = $1 and revoked_at is null and (expires_at is null or expires_at > now())) as "apiKeys",
            (select count(*)::int from oauth_clients where service_account_id = $1 and revoked_at is null) as "oauthClients"`,
    [serviceAccountId],
  );
  return rows[0] ?? { apiKeys: 0, oauthClients: 0 };
}

export async function listOAuthClients(tx: Tx, serviceAccountId: string): Promise<OAuthClient[]> {
  const { rows } = await tx.query<OAuthClient>(`select ${OAUTH_CLIENT_COLUMNS} from oauth_clients where service_account_id = $1 order by created_at desc, id`, [serviceAccountId]);
  return rows;
}

export async function findOAuthClient(tx: Tx, serviceAccountId: string, id: string): Promise<OAuthClient | undefined> {
  const { rows } = await tx.query<OAuthClient>(`select ${OAUTH_CLIENT_COLUMNS} from oauth_clients where service_account_id = $1 and id = $2`, [serviceAccountId, id]);
  return rows[0];
}

export type NewOAuthClientRow = { accountId: string; serviceAccountId: string; name: string; clientId: string; secretHash: string; permissions: readonly string[]; createdBy: string };

export async function insertOAuthClient(tx: Tx, values: NewOAuthClientRow): Promise<OAuthClient> {
  const { rows } = await tx.query<OAuthClient>(
    `insert into oauth_clients (account_id, service_account_id, name, client_id, secret_hash, permissions, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${OAUTH_CLIENT_COLUMNS}`,
    [values.accountId, values.serviceAccountId, values.name, values.clientId, values.secretHash, values.permissions, values.createdBy],
  );
  const client = rows[0];
  if (!client) throw new Error('insert into oauth_clients returned no row');
  return client;
}

/**
 * Replaces the secret. With a grace period the current secret becomes the previous one and keeps
 * working until it ends; with 0 hours it stops at once (and any earlier previous secret with it).
 */
export async function rotateOAuthClientSecret(tx: Tx, values: { id: string; secretHash: string; graceHours: number }): Promise<OAuthClient> {
  const { rows } = await tx.query<OAuthClient>(
    `update oauth_clients
        set previous_secret_hash = case when $3::int > 0 then secret_hash end,
            previous_secret_expires_at = case when $3::int > 0 then now() + make_interval(hours => $3::int) end,
            secret_hash = $2, secret_rotated_at = now()
      where id = $1 returning ${OAUTH_CLIENT_COLUMNS}`,
    [values.id, values.secretHash, values.graceHours],
  );
  const client = rows[0];
  if (!client) throw new Error('update of oauth_clients returned no row');
  return client;
}

export async function revokeOAuthClient(tx: Tx, id: string): Promise<void> {
  await tx.query('update oauth_clients set revoked_at = now() where id = $1 and revoked_at is null', [id]);
}

/** Records that the client obtained a token (the token endpoint's successful exchange). */
export async function markOAuthClientUsed(tx: Tx, id: string): Promise<void> {
  await tx.query('update oauth_clients set last_used_at = now() where id = $1', [id]);
}
