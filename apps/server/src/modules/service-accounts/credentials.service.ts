/**
 * Use cases of a service account's credentials: API keys (create, list, revoke) and OAuth clients
 * (create, list, rotate the secret, revoke). A key or secret is returned once, on creation or
 * rotation. A credential may grant only permissions its creator holds.
 */
import type { z } from 'zod';
import type {
  ApiKey, CreateApiKeyBodySchema, CreatedApiKey, CreatedOAuthClient, CreateOAuthClientBodySchema, OAuthClient, RotateSecretBodySchema,
} from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { DomainError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { assertGrantable, generateApiKey, generateClientId, generateClientSecret } from './credential-secrets.ts';
import {
  countActiveCredentials, findApiKey, findOAuthClient, insertApiKey, insertOAuthClient, listApiKeys, listOAuthClients, revokeApiKey,
  revokeOAuthClient, rotateOAuthClientSecret,
} from './credentials.repository.ts';
import { lockServiceAccount } from './service-accounts.repository.ts';
import { getServiceAccountIn, inTenant } from './service-accounts.service.ts';

/** At most this many usable API keys and OAuth clients each per service account. */
export const MAX_ACTIVE_CREDENTIALS = 25;

type Target = { serviceAccountId: string };

/** Locks an enabled service account for a credential change: 404 if missing, 409 if disabled. */
async function lockEnabled(tx: Tx, serviceAccountId: string): Promise<void> {
  const locked = await lockServiceAccount(tx, serviceAccountId);
  if (!locked) throw new DomainError('service-account-not-found', `Service account ${serviceAccountId} does not exist.`);
  if (locked.disabledAt) throw new DomainError('service-account-disabled', 'This service account is disabled; it cannot get new credentials.');
}

function tooMany(what: string): DomainError {
  return new DomainError('conflict', `A service account can have at most ${MAX_ACTIVE_CREDENTIALS} active ${what}. Revoke one you no longer use.`);
}

export function listApiKeysOf(platform: Platform, ctx: RequestContext, { serviceAccountId }: Target): Promise<ApiKey[]> {
  return inTenant(platform, ctx, async (tx) => {
    await getServiceAccountIn(tx, serviceAccountId);
    return listApiKeys(tx, serviceAccountId);
  });
}

export function createApiKeyFor(platform: Platform, ctx: RequestContext, { serviceAccountId, body }: Target & { body: z.output<typeof CreateApiKeyBodySchema> }): Promise<CreatedApiKey> {
  if (body.expiresAt !== null && Date.parse(body.expiresAt) <= Date.now()) {
    throw new DomainError('validation-failed', 'The expiry date must be in the future.', { errors: [{ pointer: '/expiresAt', message: 'Must be in the future' }] });
  }
  return inTenant(platform, ctx, async (tx, tenant) => {
    await lockEnabled(tx, serviceAccountId);
    assertGrantable(body.permissions, tenant.principal.permissions);
    if ((await countActiveCredentials(tx, serviceAccountId)).apiKeys >= MAX_ACTIVE_CREDENTIALS) throw tooMany('API keys');
    const secret = generateApiKey();
    const created = await insertApiKey(tx, {
      accountId: tenant.principal.accountId, serviceAccountId, name: body.name, prefix: secret.prefix, hash: secret.hash,
      permissions: body.permissions, ipAllowlist: body.ipAllowlist, expiresAt: body.expiresAt, createdBy: tenant.principal.userId,
    });
    await recordAudit(tx, tenant, { action: 'api-key.created', resourceType: 'api-key', resourceId: created.id, after: created });
    return { ...created, key: secret.key };
  });
}

export function revokeApiKeyOf(platform: Platform, ctx: RequestContext, { serviceAccountId, keyId }: Target & { keyId: string }): Promise<void> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    await getServiceAccountIn(tx, serviceAccountId);
    const before = await findApiKey(tx, serviceAccountId, keyId);
    if (!before) throw new DomainError('api-key-not-found', `API key ${keyId} does not exist.`);
    if (before.revokedAt) return;
    await revokeApiKey(tx, keyId);
    await recordAudit(tx, tenant, { action: 'api-key.revoked', resourceType: 'api-key', resourceId: keyId, before, after: await findApiKey(tx, serviceAccountId, keyId) });
  });
}

export function listOAuthClientsOf(platform: Platform, ctx: RequestContext, { serviceAccountId }: Target): Promise<OAuthClient[]> {
  return inTenant(platform, ctx, async (tx) => {
    await getServiceAccountIn(tx, serviceAccountId);
    return listOAuthClients(tx, serviceAccountId);
  });
}

export function createOAuthClientFor(platform: Platform, ctx: RequestContext, { serviceAccountId, body }: Target & { body: z.output<typeof CreateOAuthClientBodySchema> }): Promise<CreatedOAuthClient> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    await lockEnabled(tx, serviceAccountId);
    assertGrantable(body.permissions, tenant.principal.permissions);
    if ((await countActiveCredentials(tx, serviceAccountId)).oauthClients >= MAX_ACTIVE_CREDENTIALS) throw tooMany('OAuth clients');
    const secret = generateClientSecret();
    const created = await insertOAuthClient(tx, {
      accountId: tenant.principal.accountId, serviceAccountId, name: body.name, clientId: generateClientId(), secretHash: secret.hash,
      permissions: body.permissions, createdBy: tenant.principal.userId,
    });
    await recordAudit(tx, tenant, { action: 'oauth-client.created', resourceType: 'oauth-client', resourceId: created.id, after: created });
    return { ...created, clientSecret: secret.secret };
  });
}

async function getOAuthClientIn(tx: Tx, { serviceAccountId, clientId }: Target & { clientId: string }): Promise<OAuthClient> {
  await getServiceAccountIn(tx, serviceAccountId);
  const client = await findOAuthClient(tx, serviceAccountId, clientId);
  if (!client) throw new DomainError('oauth-client-not-found', `OAuth client ${clientId} does not exist.`);
  return client;
}

type RotateInput = Target & { clientId: string; body: z.output<typeof RotateSecretBodySchema> };

/** A new secret, returned once; the old one keeps working for `graceHours` (0: stops now). */
export function rotateOAuthClientSecretOf(platform: Platform, ctx: RequestContext, { body, ...target }: RotateInput): Promise<CreatedOAuthClient> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    await lockEnabled(tx, target.serviceAccountId);
    const before = await getOAuthClientIn(tx, target);
    if (before.revokedAt) throw new DomainError('conflict', 'This OAuth client is revoked; create a new one instead.');
    const secret = generateClientSecret();
    const after = await rotateOAuthClientSecret(tx, { id: target.clientId, secretHash: secret.hash, graceHours: body.graceHours });
    await recordAudit(tx, tenant, {
      action: 'oauth-client.secret-rotated', resourceType: 'oauth-client', resourceId: target.clientId, before, after: { ...after, graceHours: body.graceHours },
    });
    return { ...after, clientSecret: secret.secret };
  });
}

export function revokeOAuthClientOf(platform: Platform, ctx: RequestContext, target: Target & { clientId: string }): Promise<void> {
  return inTenant(platform, ctx, async (tx, tenant) => {
    const before = await getOAuthClientIn(tx, target);
    if (before.revokedAt) return;
    await revokeOAuthClient(tx, target.clientId);
    await recordAudit(tx, tenant, { action: 'oauth-client.revoked', resourceType: 'oauth-client', resourceId: target.clientId, before, after: await getOAuthClientIn(tx, target) });
  });
}
