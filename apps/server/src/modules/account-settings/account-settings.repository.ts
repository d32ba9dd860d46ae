/** SQL for the general, security, feature and audit-retention settings of the tenant in scope. */
import type { GeneralSettings, UpdateGeneralSettingsBody } from '@flowforge/contracts';
import { AUDIT_RETENTION_DAYS, DEFAULT_TIME_ZONE } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export async function findGeneralSettings(tx: Tx, accountId: string): Promise<GeneralSettings | undefined> {
  const { rows } = await tx.query<GeneralSettings>(
    `select name, coalesce(settings->>'timeZone', $2) as "timeZone", coalesce(settings->>'defaultLanguage', 'en') as "defaultLanguage",
            settings->>'logoUrl' as "logoUrl"
       from accounts where id = $1`,
    [accountId, DEFAULT_TIME_ZONE],
  );
  return rows[0];
}

/** Writes the name and merges time zone and language into `settings`, keeping its other keys (e.g. logoUrl). */
export async function updateGeneralSettings(tx: Tx, accountId: string, body: UpdateGeneralSettingsBody): Promise<void> {
  await tx.query(
    `update accounts set name = $2, settings = settings || jsonb_build_object('timeZone', $3::text, 'defaultLanguage', $4::text), updated_at = now()
      where id = $1`,
    [accountId, body.name, body.timeZone, body.defaultLanguage],
  );
}

export type SecurityPolicyRow = {
  passwordMinLength: number;
  checkBreachedPasswords: boolean;
  sessionTimeoutMinutes: number | null;
  ipAllowlist: string[];
  requireMfa: boolean;
};

export const DEFAULT_SECURITY_POLICY: SecurityPolicyRow = {
  passwordMinLength: 8, checkBreachedPasswords: true, sessionTimeoutMinutes: null, ipAllowlist: [], requireMfa: false,
};

const POLICY_COLUMNS = `password_min_length as "passwordMinLength", check_breached_passwords as "checkBreachedPasswords",
  session_timeout_minutes as "sessionTimeoutMinutes", array(select host(c) || '/' || masklen(c) from unnest(ip_allowlist) c) as "ipAllowlist",
  require_mfa as "requireMfa"`;

export async function findSecurityPolicy(tx: Tx, accountId: string): Promise<SecurityPolicyRow> {
  const { rows } = await tx.query<SecurityPolicyRow>(`select ${POLICY_COLUMNS} from account_security_policies where account_id = $1`, [accountId]);
  return rows[0] ?? DEFAULT_SECURITY_POLICY;
}

/** Inserts or replaces the policy; ranges are stored as their networks (10.1.2.3/8 → 10.0.0.0/8), once each, in order. */
export async function upsertSecurityPolicy(tx: Tx, accountId: string, policy: SecurityPolicyRow): Promise<void> {
  await tx.query(
    `insert into account_security_policies (account_id, password_min_length, check_breached_passwords, session_timeout_minutes, ip_allowlist, require_mfa)
     values ($1, $2, $3, $4, array(
       select n from (select network(x::inet)::cidr as n, min(o) as o from unnest($5::text[]) with ordinality as u(x, o) group by 1) s order by o
     ), $6)
     on conflict (account_id) do update set
       password_min_length = excluded.password_min_length, check_breached_passwords = excluded.check_breached_passwords,
       session_timeout_minutes = excluded.session_timeout_minutes, ip_allowlist = excluded.ip_allowlist,
       require_mfa = excluded.require_mfa, updated_at = now()`,
    [accountId, policy.passwordMinLength, policy.checkBreachedPasswords, policy.sessionTimeoutMinutes, policy.ipAllowlist, policy.requireMfa],
  );
}

/** The features this account switched off or on explicitly (absent ones are on). */
export async function listFeatureStates(tx: Tx, accountId: string): Promise<Map<string, boolean>> {
  const { rows } = await tx.query<{ feature: string; enabled: boolean }>('select feature, enabled from account_features where account_id = $1', [accountId]);
  return new Map(rows.map((row) => [row.feature, row.enabled]));
}

export async function upsertFeatureStates(tx: Tx, accountId: string, states: Record<string, boolean>): Promise<void> {
  const entries = Object.entries(states);
  if (entries.length === 0) return;
  await tx.query(
    `insert into account_features (account_id, feature, enabled)
     select $1, f, e from unnest($2::text[], $3::boolean[]) as t(f, e)
     on conflict (account_id, feature) do update set enabled = excluded.enabled, updated_at = now()`,
    [accountId, entries.map(([key]) => key), entries.map(([, enabled]) => enabled)],
  );
}

export async function findAuditRetention(tx: Tx, accountId: string): Promise<number> {
  const { rows } = await tx.query<{ retentionDays: number }>('select retention_days as "retentionDays" from account_audit_config where account_id = $1', [accountId]);
  return rows[0]?.retentionDays ?? AUDIT_RETENTION_DAYS.default;
}

export async function upsertAuditRetention(tx: Tx, accountId: string, retentionDays: number): Promise<void> {
  await tx.query(
    `insert into account_audit_config (account_id, retention_days) values ($1, $2)
     on conflict (account_id) do update set retention_days = excluded.retention_days, updated_at = now()`,
    [accountId, retentionDays],
  );
}

export async function hasSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  const { rows } = await tx.query<{ enabled: boolean }>('select two_factor_enabled as enabled from users where id = $1', [userId]);
  return rows[0]?.enabled ?? false;
}
