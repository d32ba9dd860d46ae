import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { recomputeDynamicGroups } from './index.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

type GroupBody = { id: string; name: string; parentId: string | null; memberCount: number; totalMemberCount: number; type: string; rule: string | null };

async function post(who: SignedUpUser, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/groups', headers: who.headers, payload: body });
}

async function createGroup(body: Record<string, unknown>): Promise<GroupBody> {
  const response = await post(acme, body);
  if (response.statusCode !== 201) throw new Error(`group failed: ${response.body}`);
  return response.json<GroupBody>();
}

async function getGroup(id: string): Promise<GroupBody> {
  return (await t.app.inject({ method: 'GET', url: `/api/v1/groups/${id}`, headers: acme.headers })).json<GroupBody>();
}

/** People in Acme who never sign in: what rules read comes from their profile. */
async function addPerson(name: string, profile: Record<string, unknown>): Promise<string> {
  const { rows } = await t.platform.appPool.query<{ id: string }>(
    `insert into users (name, email, profile) values ($1, $2, $3) returning id`, [name, `${name.toLowerCase().replace(/ /g, '.')}-${Date.now()}@acme.example`, profile]);
  const id = rows[0]?.id ?? '';
  await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) => tx.query('insert into memberships (account_id, user_id) values ($1, $2)', [acme.accountId, id]));
  return id;
}

let sales: string[];

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  sales = [await addPerson('Sam Sales', { department: 'Sales', location: 'Berlin' }), await addPerson('Sue Sales', { department: 'Sales', location: 'Paris' })];
  await addPerson('Sid Support', { department: 'Support', location: 'Berlin' });
});
afterAll(async () => t.close());

describe('creating and listing groups', () => {
  it('creates a static group and audits it', async () => {
    const response = await post(acme, { name: 'Finance', description: 'Money people', externalId: 'CN=Finance' });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Finance', type: 'static', rule: null, parentId: null, externalId: 'CN=Finance', memberCount: 0, roles: [] });
  });

  it('pages through groups by name and filters by text and type', async () => {
    await createGroup({ name: 'Alpha' });
    await createGroup({ name: 'Beta' });
    await createGroup({ name: 'Gamma dynamic', type: 'dynamic', rule: `department == 'None'` });

    const first = (await t.app.inject({ method: 'GET', url: '/api/v1/groups?limit=2', headers: acme.headers })).json<{ items: GroupBody[]; nextCursor: string }>();
    const second = (await t.app.inject({ method: 'GET', url: `/api/v1/groups?limit=2&cursor=${first.nextCursor}`, headers: acme.headers })).json<{ items: GroupBody[] }>();
    const byText = (await t.app.inject({ method: 'GET', url: '/api/v1/groups?q=ALP', headers: acme.headers })).json<{ items: GroupBody[] }>();
    const byType = (await t.app.inject({ method: 'GET', url: '/api/v1/groups?type=dynamic', headers: acme.headers })).json<{ items: GroupBody[] }>();

    expect(first.items.map((g) => g.name)).toEqual(['Alpha', 'Beta']);
    expect(second.items.map((g) => g.name)).toEqual(['Finance', 'Gamma dynamic']);
    expect(byText.items.map((g) => g.name)).toEqual(['Alpha']);
    expect(byType.items.map((g) => g.name)).toEqual(['Gamma dynamic']);
  });

  it('answers 400 for a tampered cursor', async () => {
    const cursor = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');

    const response = await t.app.inject({ method: 'GET', url: `/api/v1/groups?cursor=${cursor}`, headers: acme.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/query/cursor' }] });
  });

  it.each([
    { body: { name: 'finance' }, status: 409, code: 'name-taken', pointer: '/name' },
    { body: { name: 'Dyn', type: 'dynamic' }, status: 422, code: 'unprocessable', pointer: '/rule' },
    { body: { name: 'Stat', rule: `department == 'Sales'` }, status: 422, code: 'unprocessable', pointer: '/rule' },
    { body: { name: 'Bad rule', type: 'dynamic', rule: `departmnt == 'Sales'` }, status: 422, code: 'unprocessable', pointer: '/rule' },
    { body: { name: 'Not a condition', type: 'dynamic', rule: 'email' }, status: 422, code: 'unprocessable', pointer: '/rule' },
    { body: { name: 'Orphan', parentId: '00000000-0000-4000-8000-000000000000' }, status: 422, code: 'unprocessable', pointer: '/parentId' },
    { body: { name: 'Unknown role', roleIds: ['00000000-0000-4000-8000-000000000000'] }, status: 422, code: 'unprocessable', pointer: '/roleIds/0' },
    { body: { name: 'Wrong type', type: 'smart' }, status: 400, code: 'validation-failed', pointer: '/type' },
    { body: { name: '' }, status: 400, code: 'validation-failed', pointer: '/name' },
  ])('rejects $body with $status $code at $pointer', async ({ body, status, code, pointer }) => {
    const response = await post(acme, body);

    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, errors: [{ pointer }] });
  });

  it('explains a rule error with its message and position', async () => {
    const response = await post(acme, { name: 'Typo', type: 'dynamic', rule: `departmnt == 'Sales'` });

    expect(response.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe(`Unknown field 'departmnt'. Did you mean \${department}? (characters 1–9)`);
  });

  it('answers 422 for a parent of another tenant, as for a missing one', async () => {
    const foreign = (await post(globex, { name: 'Globex only' })).json<GroupBody>();

    const response = await post(acme, { name: 'Adopted', parentId: foreign.id });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/parentId' }] });
  });
});

describe('nesting', () => {
  it('rejects a cycle with 422 naming the path', async () => {
    const a = await createGroup({ name: 'Region' });
    const b = await createGroup({ name: 'Country', parentId: a.id });
    const c = await createGroup({ name: 'City', parentId: b.id });

    const cycle = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${a.id}`, headers: acme.headers, payload: { parentId: c.id } });
    const self = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${a.id}`, headers: acme.headers, payload: { parentId: a.id } });

    expect(cycle.statusCode).toBe(422);
    expect(cycle.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/parentId' }] });
    expect(cycle.json<{ detail: string }>().detail).toContain('Region › Country › City › Region');
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ errors: [{ pointer: '/parentId' }] });
  });

  it('moves a group under another and back to the top level', async () => {
    const parent = await createGroup({ name: 'Parent' });
    const child = await createGroup({ name: 'Child' });

    const moved = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${child.id}`, headers: acme.headers, payload: { parentId: parent.id } });
    const back = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${child.id}`, headers: acme.headers, payload: { parentId: null } });

    expect(moved.json()).toMatchObject({ parentId: parent.id, parentName: 'Parent' });
    expect(back.json()).toMatchObject({ parentId: null, parentName: null });
  });

  it('leaves the children at the top level when their parent is deleted', async () => {
    const parent = await createGroup({ name: 'Doomed' });
    const child = await createGroup({ name: 'Survivor', parentId: parent.id });

    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/groups/${parent.id}`, headers: acme.headers });

    expect(response.statusCode).toBe(204);
    expect(await getGroup(child.id)).toMatchObject({ parentId: null });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/groups/${parent.id}`, headers: acme.headers })).statusCode).toBe(404);
  });
});

describe('dynamic groups', () => {
  it('computes members from the rule on create and again when the rule changes', async () => {
    const group = await createGroup({ name: 'Sales team', type: 'dynamic', rule: `department == 'Sales'` });

    const changed = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${group.id}`, headers: acme.headers, payload: { rule: `location == 'Berlin'` } });

    expect(group.memberCount).toBe(2);
    expect(changed.json()).toMatchObject({ memberCount: 2, rule: `location == 'Berlin'` });
    const members = (await t.app.inject({ method: 'GET', url: `/api/v1/groups/${group.id}/members`, headers: acme.headers })).json<{ items: { name: string }[] }>();
    expect(members.items.map((m) => m.name)).toEqual(['Sam Sales', 'Sid Support']);
  });

  it('follows a profile change through recomputeDynamicGroups', async () => {
    const group = await createGroup({ name: 'Paris office', type: 'dynamic', rule: `location == 'Paris'` });
    const [sam] = sales;

    await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
      await tx.query(`update users set profile = profile || '{"location": "Paris"}' where id = $1`, [sam]);
      await recomputeDynamicGroups(tx, { accountId: acme.accountId, userIds: [sam ?? ''] });
    });

    expect(group.memberCount).toBe(1);
    expect(await getGroup(group.id)).toMatchObject({ memberCount: 2 });
  });

  it('keeps the members when a dynamic group becomes static', async () => {
    const group = await createGroup({ name: 'Frozen sales', type: 'dynamic', rule: `department == 'Sales'` });

    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${group.id}`, headers: acme.headers, payload: { type: 'static' } });

    expect(response.json()).toMatchObject({ type: 'static', rule: null, memberCount: 2 });
  });

  it('previews a rule: diagnostics, how many match and the first of them', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/groups/validate-rule', headers: acme.headers, payload: { rule: `department == 'Sales'` } });
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/groups/validate-rule', headers: acme.headers, payload: { rule: `department ==` } });

    expect(ok.json()).toMatchObject({ ok: true, diagnostics: [], matchCount: 2, sample: [{ name: 'Sam Sales' }, { name: 'Sue Sales' }] });
    expect(broken.json()).toMatchObject({ ok: false, matchCount: 0, sample: [], diagnostics: [{ code: 'unexpected-end', from: 13, to: 13 }] });
  });
});

describe('tenancy and features', () => {
  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['DELETE', ''],
    ['GET', '/members'],
    ['PUT', '/members'],
    ['PUT', '/roles'],
  ] as const)('answers 404 to another tenant for %s /groups/:id%s', async (method, suffix) => {
    const group = await createGroup({ name: `Secret ${method}${suffix}` });
    const payload = { PUT: suffix === '/roles' ? { roleIds: [] } : { userIds: [] }, PATCH: { name: 'Mine now' }, GET: undefined, DELETE: undefined }[method];

    const response = await t.app.inject({ method, url: `/api/v1/groups/${group.id}${suffix}`, headers: globex.headers, payload });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'group-not-found' });
  });

  it('answers 404 on every group route when the account switched groups off', async () => {
    const group = await createGroup({ name: 'Switched off' });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`insert into account_features (account_id, feature, enabled) values ($1, 'groups', false)`, [acme.accountId]));

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/groups', headers: acme.headers });
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/groups/${group.id}`, headers: acme.headers });
    const create = await post(acme, { name: 'Not now' });
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) => tx.query(`delete from account_features where account_id = $1`, [acme.accountId]));

    expect([list.statusCode, one.statusCode, create.statusCode]).toEqual([404, 404, 404]);
    expect(list.json()).toMatchObject({ code: 'not-found' });
  });
});
