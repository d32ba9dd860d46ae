/**
 * Admin settings → Security: password rules, session timeout, IP allowlist and required MFA. The
 * policy is enforced elsewhere (password-policy.ts, principal.ts, request-context.ts); this saves it,
 * refusing an allowlist that would shut out the administrator making the change.
 */
import { isIPv4 } from 'node:net';
import type { SecurityPolicy, UpdateSecurityPolicyBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { isIpAllowed } from '../../platform/http/ip-allowlist.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findSecurityPolicy, hasSecondFactor, upsertSecurityPolicy } from './account-settings.repository.ts';
import { scopeOf } from './account-settings.service.ts';

/** `203.0.113.7` → `203.0.113.7/32`, `::1` → `::1/128`; ranges stay as they are. */
export function toCidr(entry: string): string {
  if (entry.includes('/')) return entry;
  return `${entry}/${isIPv4(entry) ? 32 : 128}`;
}

export async function getSecurityPolicy(platform: Platform, ctx: RequestContext): Promise<SecurityPolicy> {
  const tenant = requireAccount(ctx);
  const policy = await withTenant(platform.appPool, scopeOf(tenant), (tx) => findSecurityPolicy(tx, tenant.principal.accountId));
  return { ...policy, currentIp: ctx.ip };
}

export async function setSecurityPolicy(platform: Platform, ctx: RequestContext, body: UpdateSecurityPolicyBody): Promise<SecurityPolicy> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  const ipAllowlist = body.ipAllowlist.map(toCidr);
  if (!isIpAllowed(ctx.ip, ipAllowlist)) {
    throw new DomainError('ip-allowlist-lockout', `Your current address ${ctx.ip} is not in the list, so saving it would lock you out. Add ${ctx.ip} or a range that contains it.`, {
      errors: [{ pointer: '/ipAllowlist', message: `Include your current address ${ctx.ip}` }],
    });
  }
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const before = await findSecurityPolicy(tx, accountId);
    if (body.requireMfa && !before.requireMfa && !(await hasSecondFactor(tx, tenant.principal.userId))) {
      throw new DomainError('unprocessable', 'Set up two-factor authentication for yourself first (My settings → Security), then require it for everyone.', {
        errors: [{ pointer: '/requireMfa', message: 'Set up your own second factor first' }],
      });
    }
    await upsertSecurityPolicy(tx, accountId, { ...body, ipAllowlist });
    const after = await findSecurityPolicy(tx, accountId);
    await recordAudit(tx, tenant, { action: 'settings.security-updated', resourceType: 'account', resourceId: accountId, before, after });
    return { ...after, currentIp: ctx.ip };
  });
}
