/**
 * SQL for a user's own sessions. user_sessions is global (people, not tenants), so every query
 * names the user: a session of someone else is never found.
 */
import type { UserSession } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

const COLUMNS = `id, user_agent as "userAgent", nullif(ip_address, '') as "ipAddress",
  to_json(created_at)#>>'{}' as "createdAt", to_json(updated_at)#>>'{}' as "lastUsedAt", to_json(expires_at)#>>'{}' as "expiresAt"`;

/** The user's unexpired sessions, most recently used first. */
export async function listSessionsOfUser(tx: Tx, userId: string): Promise<Omit<UserSession, 'isCurrent'>[]> {
  const { rows } = await tx.query<Omit<UserSession, 'isCurrent'>>(
    `select ${COLUMNS} from user_sessions where user_id = $1 and expires_at > now() order by updated_at desc`,
    [userId],
  );
  return rows;
}

/** Deletes one of the user's sessions; false when the user has no such session. */
export async function deleteSessionOfUser(tx: Tx, userId: string, sessionId: string): Promise<boolean> {
  const result = await tx.query('delete from user_sessions where id = $1 and user_id = $2', [sessionId, userId]);
  return result.rowCount === 1;
}

/** Deletes all of the user's sessions except one; returns how many went. */
export async function deleteOtherSessionsOfUser(tx: Tx, userId: string, keepSessionId: string): Promise<number> {
  const result = await tx.query('delete from user_sessions where user_id = $1 and id <> $2', [userId, keepSessionId]);
  return result.rowCount ?? 0;
}
