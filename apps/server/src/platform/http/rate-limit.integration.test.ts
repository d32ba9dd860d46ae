import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { createApiKeyVia, createServiceAccountVia } from '../../modules/service-accounts/service-accounts.testing.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ rateLimit: true });
});
afterAll(async () => t.close());

async function hammer(count: number, headers: Record<string, string>, url = '/api/v1/me') {
  const statuses: number[] = [];
  let last;
  for (let i = 0; i < count; i += 1) {
    last = await t.app.inject({ method: 'GET', url, headers });
    statuses.push(last.statusCode);
  }
  return { statuses, last };
}

/** API credentials get the account's tier: a key of a service account without limits of its own. */
async function apiKeyHeaders(owner: SignedUpUser): Promise<Record<string, string>> {
  const service = await createServiceAccountVia(t.app, owner.headers);
  const { key } = await createApiKeyVia(t.app, { headers: owner.headers, serviceAccountId: service.id });
  return { 'x-api-key': key };
}

describe('rate limiting (spec 14.2)', () => {
  it('limits API calls of a Free account to its burst of 10 and answers 429 with Retry-After and RateLimit headers', async () => {
    const owner = await signUpUser(t.app, 'Free');

    const { statuses, last } = await hammer(12, await apiKeyHeaders(owner), '/api/v1/account');

    expect(statuses.slice(0, 9).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(last?.headers['retry-after']).toBe('1');
    expect(last?.headers['ratelimit-limit']).toBe('10');
    expect(last?.headers['ratelimit-remaining']).toBe('0');
    expect(last?.json()).toMatchObject({ code: 'rate-limited', status: 429 });
  });

  it('gives API calls of an Enterprise account a burst of 100', async () => {
    const user = await signUpUser(t.app, 'Big');
    await withTenant(t.platform.appPool, { accountId: user.accountId }, (tx) => tx.query(`update accounts set tier = 'enterprise' where id = $1`, [user.accountId]));

    const { statuses } = await hammer(60, await apiKeyHeaders(user), '/api/v1/account');

    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('uses a Custom account\'s own limits for API calls', async () => {
    const user = await signUpUser(t.app, 'Custom');
    const headers = await apiKeyHeaders(user);
    await withTenant(t.platform.appPool, { accountId: user.accountId }, (tx) =>
      tx.query(`update accounts set tier = 'custom', rate_limit = '{"perMinute": 6, "burst": 3}' where id = $1`, [user.accountId]));

    const { statuses, last } = await hammer(4, headers, '/api/v1/account');

    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers['retry-after']).toBe('10');
  });

  it('lets a person using the web app on Free load screens: a burst of 100, then 429', async () => {
    const user = await signUpUser(t.app, 'Person');

    const { statuses, last } = await hammer(130, user.headers);

    expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(110).filter((s) => s === 429).length).toBeGreaterThan(10);
    expect(last?.headers['ratelimit-limit']).toBe('100');
  });

  it('counts a signed-in person\'s sign-in API calls (/api/auth) per user, anonymous ones per IP', async () => {
    const user = await signUpUser(t.app, 'Auth');
    const signedIn = await hammer(30, { ...user.headers, 'x-forwarded-for': '203.0.113.20' }, '/api/auth/get-session');
    const anonymous = await hammer(30, { 'x-forwarded-for': '203.0.113.21' }, '/api/auth/get-session');

    expect(signedIn.statuses.every((s) => s === 200)).toBe(true);
    expect(anonymous.statuses.filter((s) => s === 429).length).toBeGreaterThan(10);
  });

  it('limits anonymous callers per IP', async () => {
    const { statuses } = await hammer(11, { 'x-forwarded-for': '203.0.113.9' }, '/api/v1/account');

    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});
