import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@flowforge/contracts';
import { startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { inviteUser, joinAccount, takeInvitationToken, uniqueEmail } from './user-fixtures.ts';

let t: TestApp;
let capture: SmtpCapture;
let acme: SignedUpUser;
let globex: SignedUpUser;
let member: SignedUpUser;
let roles: Record<string, string>;
const invited: User[] = [];

type Page = { items: Partial<User>[]; nextCursor: string | null };

async function list(query: string, who: SignedUpUser = acme): Promise<Page> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/users?${query}`, headers: who.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

beforeAll(async () => {
  capture = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: capture.url });
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  member = await joinAccount(t, await signUpUser(t.app, 'Mia'), { accountId: acme.accountId, role: 'member' });
  roles = await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
    const { rows } = await tx.query<{ id: string; system_key: string }>('select id, system_key from roles where account_id = $1', [acme.accountId]);
    return Object.fromEntries(rows.map((row) => [row.system_key, row.id]));
  });
  for (const [name, role] of [['Zoe Zimmer', 'viewer'], ['Bob Baker', 'admin'], ['Carla Carter', 'member']] as const) {
    invited.push(await inviteUser(t, acme, { email: uniqueEmail(name.split(' ')[0] ?? name), name, roleIds: [roles[role]], profile: { department: 'Sales' } }));
  }
});
afterAll(async () => {
  await t.close();
  await capture.close();
});

describe('POST /api/v1/users', () => {
  it('adds a new person as a pending member with the Member role and mails them a working link', async () => {
    const email = uniqueEmail('Dora');

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email, externalId: 'E-7' } });

    expect(response.statusCode).toBe(201);
    const user = response.json<User>();
    expect(user).toMatchObject({ email, name: email.split('@')[0], status: 'pending', roleIds: [roles.member], externalId: 'E-7', createdBy: acme.userId, lastLoginAt: null });
    expect(user.roles).toEqual([{ id: roles.member, name: 'Member', color: '#2563eb' }]);
    const token = await takeInvitationToken(t, capture, email);
    const invitation = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(invitation.json()).toEqual({ accountName: 'Acme Inc', email, needsPassword: true });
    const mail = capture.messages.find((m) => m.to.includes(email));
    expect(mail?.subject).toBe('Acme invited you to Acme Inc on FlowForge');
  });

  it('adds a person registered elsewhere without touching their name', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email: globex.email.toUpperCase(), name: 'Renamed', sendInvite: false } });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ id: globex.userId, name: 'Globex', status: 'pending' });
  });

  it.each([
    ['an active member', () => member.email, 'already-member'],
    ['an invited person', () => invited[0]?.email ?? '', 'invitation-exists'],
  ])('answers 409 for %s', async (_label, email, code) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email: email() } });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code, errors: [{ pointer: '/email' }] });
  });

  it('answers 422 pointing at an unknown role, and 403 when a non-owner gives the Owner role', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email: uniqueEmail('x'), roleIds: [roles.member, globex.accountId] } });
    const admin = await joinAccount(t, await signUpUser(t.app, 'Adam'), { accountId: acme.accountId, role: 'admin' });
    const owner = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { email: uniqueEmail('y'), roleIds: [roles.owner] } });

    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/roleIds/1' }] });
    expect(owner.statusCode).toBe(403);
  });

  it('rejects a bad e-mail and a duplicate external id with field pointers', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email: 'not-an-email' } });
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: acme.headers, payload: { email: uniqueEmail('z'), externalId: 'E-7' } });

    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/email' }] });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ errors: [{ pointer: '/externalId' }] });
  });
});

describe('GET /api/v1/users', () => {
  it('lists people sorted by name, without service users', async () => {
    await t.platform.appPool.query(`update users set kind = 'service' where id = $1`, [invited[2]?.id]);

    const page = await list('limit=200');

    expect(page.items.map((u) => u.name)).toEqual([...page.items.map((u) => u.name ?? '')].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(page.items.map((u) => u.id)).not.toContain(invited[2]?.id);
    expect(page.items.map((u) => u.id)).toEqual(expect.arrayContaining([acme.userId, member.userId, invited[0]?.id, invited[1]?.id]));
    await t.platform.appPool.query(`update users set kind = 'person' where id = $1`, [invited[2]?.id]);
  });

  it.each([
    ['q=ZIMMER', ['Zoe Zimmer']],
    ['q=%25', []],
    ['status=active&q=acme', ['Acme']],
    ['status=pending&q=acme', []],
  ])('filters with %s', async (query, names) => {
    const page = await list(query);

    expect(page.items.map((u) => u.name)).toEqual(names);
  });

  it('filters by role and by group', async () => {
    const groupId = await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(`insert into groups (account_id, name) values ($1, 'Sales') returning id`, [acme.accountId]);
      await tx.query('insert into group_members (account_id, group_id, user_id) values ($1, $2, $3)', [acme.accountId, rows[0]?.id, invited[1]?.id]);
      return rows[0]?.id ?? '';
    });

    const byRole = await list(`roleId=${roles.viewer}`);
    const byGroup = await list(`groupId=${groupId}`);

    expect(byRole.items.map((u) => u.name)).toEqual(['Zoe Zimmer']);
    expect(byGroup.items).toEqual([expect.objectContaining({ name: 'Bob Baker', groupIds: [groupId] })]);
  });

  it.each(['name', '-name', 'email', '-createdAt', 'lastLoginAt', '-lastLoginAt'])('pages through every user exactly once sorted by %s', async (sort) => {
    await t.platform.appPool.query('update users set last_login_at = now() - interval \'1 hour\' where id = $1', [member.userId]);
    const all = await list(`limit=200&sort=${sort}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((u) => u.id ?? ''));
      cursor = page.nextCursor;
    } while (cursor);

    expect(seen).toEqual(all.items.map((u) => u.id));
  });

  it.each([
    ['sort=password', '/query/sort'],
    ['status=gone', '/query/status'],
    ['roleId=1', '/query/roleId'],
    ['cursor=garbage', '/query/cursor'],
  ])('rejects %s with a 400 pointing at %s', async (query, pointer) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/users?${query}`, headers: acme.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [expect.objectContaining({ pointer })] });
  });

  it('shows another account none of these users', async () => {
    const page = await list('limit=200', globex);

    expect(page.items.map((u) => u.id)).toEqual([globex.userId]);
  });
});

describe('GET /api/v1/users/:id', () => {
  it('returns the record, and 404 to another account exactly as for a missing id', async () => {
    const id = invited[0]?.id ?? '';

    const own = await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: acme.headers });
    const foreign = await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: globex.headers });

    expect(own.json()).toMatchObject({ id, name: 'Zoe Zimmer', profile: { department: 'Sales' }, status: 'pending' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'user-not-found' });
  });
});

describe('permissions', () => {
  it.each([
    ['POST', '/api/v1/users', { email: 'x@example.test' }],
    ['PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000', { name: 'X' }],
    ['DELETE', '/api/v1/users/00000000-0000-4000-8000-000000000000', undefined],
    ['POST', '/api/v1/users/00000000-0000-4000-8000-000000000000/invite', undefined],
    ['POST', '/api/v1/users/import', { csv: 'email\nx@example.test', mapping: { email: 'email' } }],
    ['POST', '/api/v1/users/import/preview', { csv: 'email\nx@example.test' }],
  ] as const)('a Member gets 403 for %s %s', async (method, url, payload) => {
    const response = await t.app.inject({ method, url, headers: member.headers, ...(payload ? { payload } : {}) });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lets a Member read the list', async () => {
    const page = await list('limit=1', member);

    expect(page.items).toHaveLength(1);
  });
});
