import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp } from '../../testing/test-app.ts';
import { createApiKeyVia, createServiceAccountVia } from './service-accounts.testing.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ rateLimit: true });
});
afterAll(async () => t.close());

async function hammer(count: number, headers: Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/account', headers })).statusCode);
  return statuses;
}

describe('rate limits of service accounts (spec 3.7, 14.2)', () => {
  it('gives a service account its own bucket, shared by its keys, apart from the account\'s people', async () => {
    const owner = await signUpUser(t.app, 'Shared');
    const service = await createServiceAccountVia(t.app, owner.headers);
    const first = await createApiKeyVia(t.app, { headers: owner.headers, serviceAccountId: service.id });
    const second = await createApiKeyVia(t.app, { headers: owner.headers, serviceAccountId: service.id });

    const keys = [...await hammer(6, { 'x-api-key': first.key }), ...await hammer(6, { 'x-api-key': second.key })];
    const person = await hammer(3, owner.headers);

    expect(keys.slice(0, 8).every((status) => status === 200)).toBe(true);
    expect(keys.at(-1)).toBe(429);
    expect(person).toEqual([200, 200, 200]);
  });

  it('applies the service account\'s custom limits', async () => {
    const owner = await signUpUser(t.app, 'Custom');
    const service = await createServiceAccountVia(t.app, owner.headers, { rateLimit: { perMinute: 6, burst: 3 } });
    const { key } = await createApiKeyVia(t.app, { headers: owner.headers, serviceAccountId: service.id });

    const statuses = await hammer(4, { 'x-api-key': key });

    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts refused keys against the caller\'s IP, not a bucket of their own', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.77' };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const key = `ffk_${String(i).padStart(43, 'x')}`;
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: { ...headers, 'x-api-key': key }, remoteAddress: '198.51.100.77' })).statusCode);
    }

    expect(statuses.slice(0, 9).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
