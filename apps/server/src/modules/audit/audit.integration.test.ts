import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, setSystemRoles, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
    for (let i = 0; i < 7; i += 1) {
      await tx.query(`insert into audit_logs (account_id, action, resource_type, created_at) values ($1, 'test.step', 'test', now() - make_interval(secs => $2))`, [acme.accountId, i]);
    }
  });
});
afterAll(async () => t.close());

type Page = { items: { id: string; action?: string; createdAt?: string }[]; nextCursor: string | null };

describe('GET /api/v1/audit-logs', () => {
  it('pages through every entry exactly once with an opaque cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/v1/audit-logs?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = (await t.app.inject({ method: 'GET', url: query, headers: acme.headers })).json();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);

    expect(seen).toHaveLength(8); // 7 steps + account.created
    expect(new Set(seen).size).toBe(8);
    expect(pages).toBe(3);
  });

  it('sorts newest first by default and oldest first with sort=createdAt', async () => {
    const desc: Page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=test.step', headers: acme.headers })).json();
    const asc: Page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=test.step&sort=createdAt', headers: acme.headers })).json();

    expect(asc.items.map((i) => i.id)).toEqual([...desc.items].reverse().map((i) => i.id));
    expect(desc.items[0]?.createdAt?.localeCompare(desc.items[1]?.createdAt ?? '')).toBe(1);
  });

  it('returns only the requested fields', async () => {
    const page: Page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?fields=action&limit=2', headers: acme.headers })).json();

    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(['action', 'id']);
  });

  it.each([
    ['limit=0', '/query/limit'],
    ['limit=201', '/query/limit'],
    ['cursor=garbage', '/query/cursor'],
    ['sort=password', '/query/sort'],
    ['fields=secret', '/query/fields'],
  ])('rejects %s with a 400 pointing at %s', async (query, pointer) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs?${query}`, headers: acme.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer }] });
  });

  it('shows another tenant none of the entries', async () => {
    const page: Page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=200', headers: globex.headers })).json();

    expect(page.items.map((i) => i.action)).toEqual(['account.created']);
  });
});

describe('GET /api/v1/audit-logs/:id', () => {
  it('answers 404 to another tenant, exactly as for a missing entry', async () => {
    const page: Page = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=1', headers: acme.headers })).json();
    const id = page.items[0]?.id ?? '';

    const own = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs/${id}`, headers: acme.headers });
    const foreign = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs/${id}`, headers: globex.headers });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/00000000-0000-4000-8000-000000000000', headers: globex.headers });

    expect(own.statusCode).toBe(200);
    expect(foreign.statusCode).toBe(404);
    expect({ ...foreign.json(), traceId: undefined, detail: undefined, instance: undefined }).toEqual({ ...missing.json(), traceId: undefined, detail: undefined, instance: undefined });
  });

  it('needs the audit:read permission', async () => {
    await setSystemRoles(t.platform, globex, ['member']);

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: globex.headers });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });
});
