import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { addMember, createTestApp, setSystemRoles, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;
let colleague: SignedUpUser;

type Entry = { id: string; action: string; resourceType: string; resourceId: string | null; actorId: string | null; actorName: string | null; actorEmail: string | null; createdAt: string };
type Page = { items: Entry[]; nextCursor: string | null };

// Acme's log: account.created (today) plus these, at fixed past times.
const SEEDED = [
  { action: 'user.invited', resourceType: 'user', resourceId: 'u-1', at: '2026-01-10T09:00:00Z', actor: 'acme' },
  { action: 'user.removed', resourceType: 'user', resourceId: 'u-1', at: '2026-01-20T09:00:00Z', actor: 'colleague' },
  { action: 'users.imported', resourceType: 'import', resourceId: 'i-1', at: '2026-02-01T23:30:00Z', actor: 'colleague' },
  { action: 'group.created', resourceType: 'group', resourceId: 'g-1', at: '2026-02-02T00:30:00Z', actor: null },
  { action: 'user.note', resourceType: 'user', resourceId: 'u-2', at: '2026-02-03T10:00:00Z', actor: 'acme' },
] as const;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  colleague = await signUpUser(t.app, 'Colleague');
  await addMember(t.platform, { accountId: acme.accountId, userId: colleague.userId }, 'member');
  const actors = { acme: acme.userId, colleague: colleague.userId };
  await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
    for (const entry of SEEDED) {
      await tx.query(
        `insert into audit_logs (account_id, actor_id, action, resource_type, resource_id, before, after, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [acme.accountId, entry.actor ? actors[entry.actor] : null, entry.action, entry.resourceType, entry.resourceId, '{"note":"a, \\"quoted\\" value"}', null, entry.at],
      );
    }
  });
});
afterAll(async () => t.close());

async function list(query: string, user = acme): Promise<Page> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs?${query}`, headers: user.headers });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const actions = (page: Page) => page.items.map((item) => item.action);

describe('filters', () => {
  it.each([
    ['action=user.invited', ['user.invited']],
    ['action=user.*', ['user.note', 'user.removed', 'user.invited']],
    ['action=users.*', ['users.imported']],
    ['resourceType=user&resourceId=u-1', ['user.removed', 'user.invited']],
    ['from=2026-01-15&to=2026-02-01', ['users.imported', 'user.removed']],
    ['from=2026-02-01T23:00:00Z&to=2026-02-02T01:00:00%2B01:00', ['users.imported']],
    ['to=2026-01-10', ['user.invited']],
    ['from=2026-01-01&to=2026-12-31&resourceType=group', ['group.created']],
  ])('%s', async (query, expected) => {
    expect(actions(await list(query))).toEqual(expected);
  });

  it('filters by actor and names the actor of every entry', async () => {
    const page = await list(`actorId=${colleague.userId}`);

    expect(actions(page)).toEqual(['users.imported', 'user.removed']);
    expect(page.items[0]).toMatchObject({ actorId: colleague.userId, actorName: 'Colleague', actorEmail: colleague.email });
  });

  it('keeps the cursor working under a filter', async () => {
    const first = await list('action=user.*&limit=2');
    const second = await list(`action=user.*&limit=2&cursor=${first.nextCursor ?? ''}`);

    expect([...actions(first), ...actions(second)]).toEqual(['user.note', 'user.removed', 'user.invited']);
    expect(second.nextCursor).toBeNull();
  });

  it('treats % and _ in an action prefix literally', async () => {
    expect(actions(await list('action=user_*'))).toEqual([]);
  });

  it.each([
    ['actorId=someone', '/query/actorId'],
    ['action=*', '/query/action'],
    ['action=user.*.x', '/query/action'],
    ['from=yesterday', '/query/from'],
    ['to=2026-02-30', '/query/to'],
    ['from=2026-03-01&to=2026-02-01', '/query/to'],
    ['from=2026-03-01T10:00:00', '/query/from'],
  ])('rejects %s with a 400 at %s', async (query, pointer) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs?${query}`, headers: acme.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed' });
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toContain(pointer);
  });

  it('suggests the actions, resource types and actors present in the log', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/facets', headers: acme.headers });

    expect(response.json().actions).toEqual(['account.created', 'group.created', 'user.invited', 'user.note', 'user.removed', 'users.imported']);
    expect(response.json().resourceTypes).toEqual(['account', 'group', 'import', 'user']);
    expect(response.json().actors.map((actor: { email: string }) => actor.email).sort()).toEqual([acme.email, colleague.email].sort());
  });
});

describe('GET /api/v1/audit-logs/export', () => {
  it('streams the matching entries as an RFC 4180 CSV attachment and audits the export', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/export?action=user.*&sort=createdAt', headers: acme.headers });
    const lines = response.body.split('\r\n');
    const audit = await list('action=audit-log.exported');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-acme-inc-[\d-T]+\.csv"$/);
    expect(lines[0]).toBe('createdAt,action,resourceType,resourceId,actorId,actorName,actorEmail,ip,requestId,before,after,id');
    expect(lines.slice(1, -1).map((line) => line.split(',')[1])).toEqual(['user.invited', 'user.removed', 'user.note']);
    expect(lines[1]).toContain(`,${acme.userId},Acme,${acme.email},`);
    expect(lines[1]).toContain('"{""note"":""a, \\""quoted\\"" value""}"');
    expect(lines.at(-1)).toBe('');
    expect(audit.items[0]).toMatchObject({ actorId: acme.userId, resourceType: 'audit-log' });
  });

  it('exports every entry across many batches without a row limit', async () => {
    await withTenant(t.platform.appPool, { accountId: globex.accountId }, (tx) => tx.query(
      `insert into audit_logs (account_id, action, resource_type, created_at)
       select $1, 'bulk.row', 'bulk', now() - make_interval(secs => g) from generate_series(1, 2500) g`,
      [globex.accountId],
    ));

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/export?action=bulk.row', headers: globex.headers });
    const ids = response.body.trim().split('\r\n').slice(1).map((line) => line.split(',').at(-1));

    expect(ids).toHaveLength(2500);
    expect(new Set(ids).size).toBe(2500);
  });

  it('rejects bad filters before streaming anything', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/export?from=soon', headers: acme.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/query/from');
  });

  it('needs audit:export', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: colleague.headers, payload: { accountId: acme.accountId } });
    const member = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/export', headers: colleague.headers });
    await setSystemRoles(t.platform, { accountId: acme.accountId, userId: colleague.userId }, ['admin']);
    const admin = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/export', headers: colleague.headers });

    expect(member.statusCode).toBe(403);
    expect(admin.statusCode).toBe(200);
  });
});

describe('the audit log cannot be changed', () => {
  it.each(['PATCH', 'PUT', 'DELETE'] as const)('has no %s route for entries or the log', async (method) => {
    const { id } = (await list('limit=1')).items[0] ?? { id: '' };

    const entry = await t.app.inject({ method, url: `/api/v1/audit-logs/${id}`, headers: acme.headers, payload: method === 'DELETE' ? undefined : { action: 'forged' } });
    const all = await t.app.inject({ method, url: '/api/v1/audit-logs', headers: acme.headers, payload: method === 'DELETE' ? undefined : { action: 'forged' } });

    expect([404, 405]).toContain(entry.statusCode);
    expect([404, 405]).toContain(all.statusCode);
  });

  it.each([
    ['update', `update audit_logs set action = 'forged'`],
    ['delete', 'delete from audit_logs'],
    ['truncate', 'truncate audit_logs'],
  ])('refuses %s to the app role', async (_name, sql) => {
    const attempt = withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) => tx.query(sql));

    await expect(attempt).rejects.toThrow(/permission denied/);
    expect((await list('limit=200')).items.every((item) => item.action !== 'forged')).toBe(true);
  });
});
