/** Use cases of Admin settings → Custom domains: add with a verification token, verify over DNS, remove. */
import { randomBytes } from 'node:crypto';
import type { AccountDomain, CreateDomainBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { scopeOf } from './account-settings.service.ts';
import { challengeRecordName, hasChallengeToken } from './dns-challenge.ts';
import { countDomains, deleteDomain, findDomain, insertDomain, listDomains, markDomainVerified } from './domains.repository.ts';

const MAX_DOMAINS = 50;
const UNIQUE_VIOLATION = '23505';

function notFound(id: string): DomainError {
  return new DomainError('domain-not-found', `Custom domain ${id} does not exist.`);
}

export async function listAccountDomains(platform: Platform, ctx: RequestContext): Promise<AccountDomain[]> {
  const tenant = requireAccount(ctx);
  return withTenant(platform.appPool, scopeOf(tenant), (tx) => listDomains(tx));
}

/** Adds a pending domain with a fresh token; 409 when any account already holds it. */
export async function addAccountDomain(platform: Platform, ctx: RequestContext, body: CreateDomainBody): Promise<AccountDomain> {
  const tenant = requireAccount(ctx);
  try {
    return await withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
      if ((await countDomains(tx)) >= MAX_DOMAINS) {
        throw new DomainError('unprocessable', `An account can have at most ${MAX_DOMAINS} custom domains; remove one first.`, { errors: [{ pointer: '/domain', message: `At most ${MAX_DOMAINS} domains` }] });
      }
      const token = `flowforge-${randomBytes(24).toString('base64url')}`;
      const domain = await insertDomain(tx, { accountId: tenant.principal.accountId, domain: body.domain, token });
      if (!domain) throw new DomainError('conflict', 'The domain could not be stored.');
      await recordAudit(tx, tenant, { action: 'domain.added', resourceType: 'domain', resourceId: domain.id, after: { domain: domain.domain, status: domain.status } });
      return domain;
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new DomainError('domain-taken', `${body.domain} is already used by an account on this FlowForge instance.`, { errors: [{ pointer: '/domain', message: 'This domain is already in use' }] });
    }
    throw error;
  }
}

/** Looks the TXT record up (outside any transaction) and marks the domain verified when the token is there. */
export async function verifyAccountDomain(platform: Platform, ctx: RequestContext, id: string): Promise<AccountDomain> {
  const tenant = requireAccount(ctx);
  const domain = await withTenant(platform.appPool, scopeOf(tenant), (tx) => findDomain(tx, id));
  if (!domain) throw notFound(id);
  if (domain.status === 'verified') return domain;
  const found = await hasChallengeToken(domain.domain, { token: domain.verificationToken, servers: platform.config.dnsServers });
  if (!found) {
    throw new DomainError('domain-not-verified', `No TXT record at ${challengeRecordName(domain.domain)} holds the verification token yet. DNS changes can take a while to spread; try again later.`);
  }
  return withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const verified = await markDomainVerified(tx, id);
    if (!verified) throw notFound(id);
    await recordAudit(tx, tenant, { action: 'domain.verified', resourceType: 'domain', resourceId: id, before: { status: domain.status }, after: { domain: verified.domain, status: verified.status } });
    return verified;
  });
}

export async function removeAccountDomain(platform: Platform, ctx: RequestContext, id: string): Promise<void> {
  const tenant = requireAccount(ctx);
  await withTenant(platform.appPool, scopeOf(tenant), async (tx) => {
    const removed = await deleteDomain(tx, id);
    if (!removed) throw notFound(id);
    await recordAudit(tx, tenant, { action: 'domain.removed', resourceType: 'domain', resourceId: id, before: { domain: removed.domain, status: removed.status } });
  });
}
