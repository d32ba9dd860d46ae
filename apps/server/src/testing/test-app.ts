/**
 * An in-process FlowForge for integration tests: a fresh database cloned from the run's template,
 * the real platform (pools, auth, realtime) and the Fastify app for `app.inject`.
 */
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import type { SystemRoleKey } from '@flowforge/contracts';
import { createTestDatabase, type TestDatabase } from '@flowforge/test-kit';
import { buildApp } from '../app.ts';
import { createAuth } from '../platform/auth/auth.ts';
import { buildSigningKeys, generateSigningKeyPem, type SigningKeys } from '../platform/auth/signing-keys.ts';
import { readConfig, type Config } from '../platform/config.ts';
import { createPool } from '../platform/db/pool.ts';
import { withTenant } from '../platform/db/with-tenant.ts';
import type { Platform } from '../platform/platform.ts';
import { RealtimeHub } from '../platform/realtime.ts';

export const TEST_ORIGIN = 'http://localhost:3000';

export type TestApp = { app: FastifyInstance; platform: Platform; database: TestDatabase; close: () => Promise<void> };

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase(inject('testCluster'));
  // Rate limiting is off unless a test turns it on (rate-limit.integration.test.ts does).
  const config: Config = { ...readConfig({ LOG_LEVEL: 'silent', RATE_LIMIT: 'off' }), ...overrides };
  const appPool = createPool(database.appUrl, { max: 5, onError: () => undefined });
  const ownerPool = createPool(database.ownerUrl, { max: 2, onError: () => undefined });
  const realtime = new RealtimeHub(database.appUrl, () => undefined);
  await realtime.start();
  const trustedOrigins = [TEST_ORIGIN];
  const authSecret = 'test-secret-that-is-long-enough-0123456789';
  const auth = createAuth({ pool: appPool, secret: authSecret, baseUrl: TEST_ORIGIN, trustedOrigins });
  const platform: Platform = { config, appPool, ownerPool, auth, authSecret, realtime, baseUrl: TEST_ORIGIN, trustedOrigins, signingKeys: await testSigningKeys() };
  const app = await buildApp(platform);
  return {
    app,
    platform,
    database,
    close: async () => {
      await app.close();
      await realtime.stop();
      await Promise.all([appPool.end(), ownerPool.end()]);
      await database.drop();
    },
  };
}

// One RSA key per test process: generating one takes a while and any key will do.
let signingKeys: Promise<SigningKeys> | undefined;
function testSigningKeys(): Promise<SigningKeys> {
  signingKeys ??= generateSigningKeyPem().then((pem) => buildSigningKeys([pem]));
  return signingKeys;
}

export type SignedUpUser = { userId: string; accountId: string; email: string; cookie: string; headers: Record<string, string> };

let counter = 0;

/** Signs a new user up through the API; `headers` carry their session cookie and a same-site Origin. */
export async function signUpUser(app: FastifyInstance, name = 'Test'): Promise<SignedUpUser> {
  counter += 1;
  const email = `${name.toLowerCase()}-${counter}-${Date.now()}@example.test`;
  const response = await app.inject({
    method: 'POST', url: '/api/v1/signup',
    payload: { name, email, password: 'correct horse battery', accountName: `${name} Inc` },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ user: { id: string }; account: { id: string } }>();
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((c) => c.split(';')[0]).join('; ');
  return { userId: body.user.id, accountId: body.account.id, email, cookie, headers: { cookie, origin: TEST_ORIGIN } };
}

/** Replaces the user's roles in the account with the given system roles. */
export async function setSystemRoles(platform: Platform, member: { accountId: string; userId: string }, keys: readonly SystemRoleKey[]): Promise<void> {
  await withTenant(platform.appPool, { accountId: member.accountId }, async (tx) => {
    await tx.query('delete from membership_roles where account_id = $1 and user_id = $2', [member.accountId, member.userId]);
    await tx.query(
      `insert into membership_roles (account_id, user_id, role_id) select $1, $2, id from roles where account_id = $1 and system_key = any($3)`,
      [member.accountId, member.userId, keys],
    );
  });
}

/** Makes an existing user an active member of the account with the given system role. */
export async function addMember(platform: Platform, member: { accountId: string; userId: string }, key: SystemRoleKey = 'member'): Promise<void> {
  await withTenant(platform.appPool, { accountId: member.accountId }, (tx) =>
    tx.query('insert into memberships (account_id, user_id) values ($1, $2)', [member.accountId, member.userId]));
  await setSystemRoles(platform, member, [key]);
}
