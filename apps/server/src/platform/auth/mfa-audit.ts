/**
 * Audit entries for the second-factor changes people make through better-auth's endpoints (spec
 * 15.4): TOTP switched on or off, recovery codes replaced, passkeys added, renamed or removed. A
 * second factor belongs to the person, and each of their accounts cares (its require-MFA policy,
 * its administrators), so the entry is written in every account the user is an active member of.
 * better-auth commits the change itself; the entries follow once its answer is a success.
 */
import type { FastifyRequest } from 'fastify';
import { recordAudit, type AuditEvent } from '../audit.ts';
import type { Pool } from '../db/pool.ts';
import { withTenant } from '../db/with-tenant.ts';
import type { Principal, SessionSource } from './principal.ts';

type Body = Record<string, unknown>;
type ChangeInput = { userId: string; wasTotpEnabled: boolean; requestBody: Body; responseBody: Body };
type ChangeRule = { needsTotpState?: boolean; describe: (input: ChangeInput) => AuditEvent | null };

const RULES: Readonly<Partial<Record<string, ChangeRule>>> = {
  // Also the second step of a sign-in (no session then, so nothing is recorded) and re-checks of a
  // code once TOTP is on: only the first verified code switches it on.
  '/api/auth/two-factor/verify-totp': {
    needsTotpState: true,
    describe: ({ userId, wasTotpEnabled }) => (wasTotpEnabled ? null : { action: 'mfa.totp-enabled', resourceType: 'user', resourceId: userId }),
  },
  '/api/auth/two-factor/disable': { describe: ({ userId }) => ({ action: 'mfa.totp-disabled', resourceType: 'user', resourceId: userId }) },
  '/api/auth/two-factor/generate-backup-codes': {
    describe: ({ userId }) => ({ action: 'mfa.recovery-codes-regenerated', resourceType: 'user', resourceId: userId }),
  },
  '/api/auth/passkey/verify-registration': {
    describe: ({ responseBody }) => ({ action: 'passkey.registered', resourceType: 'passkey', resourceId: readId(responseBody), after: { name: responseBody.name ?? null } }),
  },
  '/api/auth/passkey/update-passkey': {
    describe: ({ requestBody }) => ({ action: 'passkey.renamed', resourceType: 'passkey', resourceId: readId(requestBody), after: { name: requestBody.name } }),
  },
  '/api/auth/passkey/delete-passkey': {
    describe: ({ requestBody }) => ({ action: 'passkey.deleted', resourceType: 'passkey', resourceId: readId(requestBody) }),
  },
};

export type PendingAuthAudit = {
  rule: ChangeRule;
  principal: Principal;
  wasTotpEnabled: boolean;
  requestBody: Body;
  requestId: string;
  ip: string;
};

/** Before better-auth handles the request: who is about to change which second factor, if anyone. */
export async function beginAuthAudit(source: SessionSource, request: FastifyRequest): Promise<PendingAuthAudit | null> {
  const rule = RULES[request.url.split('?')[0] ?? ''];
  if (!rule || request.method !== 'POST') return null;
  const principal = request.ctx.principal;
  if (!principal) return null;
  const wasTotpEnabled = rule.needsTotpState === true && (await isTotpEnabled(source.appPool, principal.userId));
  return { rule, principal, wasTotpEnabled, requestBody: asBody(request.body), requestId: request.id, ip: request.ip };
}

/** After a successful answer: one entry per account of the user. */
export async function finishAuthAudit(pool: Pool, pending: PendingAuthAudit, responseText: string | null): Promise<void> {
  const { principal } = pending;
  const event = pending.rule.describe({
    userId: principal.userId, wasTotpEnabled: pending.wasTotpEnabled, requestBody: pending.requestBody, responseBody: parseBody(responseText),
  });
  if (!event) return;
  for (const account of principal.accounts) {
    const actor = { requestId: pending.requestId, ip: pending.ip, principal: { userId: principal.userId, accountId: account.id } };
    await withTenant(pool, { accountId: account.id, userId: principal.userId }, (tx) => recordAudit(tx, actor, event));
  }
}

async function isTotpEnabled(pool: Pool, userId: string): Promise<boolean> {
  const { rows } = await pool.query<{ two_factor_enabled: boolean }>('select two_factor_enabled from users where id = $1', [userId]);
  return rows[0]?.two_factor_enabled === true;
}

function readId(body: Body): string | null {
  return typeof body.id === 'string' ? body.id : null;
}

function asBody(value: unknown): Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};
}

function parseBody(text: string | null): Body {
  if (!text) return {};
  try {
    return asBody(JSON.parse(text));
  } catch {
    return {};
  }
}
