import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, TEST_ORIGIN, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function cookieOf(setCookie: string | string[] | undefined): string {
  return (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((c) => c.split(';')[0]).join('; ');
}

describe('sign-up', () => {
  it('creates the user, an account they own and a session', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/v1/signup',
      payload: { name: 'Grace', email: 'Grace@Example.test', password: 'long enough', accountName: 'Navy Labs' },
    });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ user: { email: 'grace@example.test', name: 'Grace' }, account: { name: 'Navy Labs', slug: 'navy-labs' } });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/flowforge\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('answers 409 with a pointer when the e-mail is taken, and keeps the first account intact', async () => {
    const payload = { name: 'Ann', email: 'ann@example.test', password: 'long enough', accountName: 'First' };
    await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload });

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { ...payload, accountName: 'Second' } });

    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'email-taken', errors: [{ pointer: '/email' }] });
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: TEST_ORIGIN }, payload: { email: payload.email, password: payload.password } });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieOf(signIn.headers['set-cookie']) } });
    expect(me.json()).toMatchObject({ account: { name: 'First' }, accounts: [{ name: 'First' }] });
  });

  it('gives distinct slugs to accounts with the same name', async () => {
    const a = await signUpUser(t.app, 'Same');
    const b = await signUpUser(t.app, 'Same');

    const slugs = await Promise.all([a, b].map(async (user) => (await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: user.headers })).json<{ slug: string }>().slug));

    expect(slugs[0]).toBe('same-inc');
    expect(slugs[1]).toMatch(/^same-inc-[0-9a-f]+$/);
  });
});

describe('sign-in, /me and sign-out', () => {
  it('signs in with e-mail and password, shows /me, and signs out', async () => {
    const user = await signUpUser(t.app, 'Linus');

    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: TEST_ORIGIN }, payload: { email: user.email, password: 'correct horse battery' } });
    const cookie = cookieOf(signIn.headers['set-cookie']);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const signOut = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, origin: TEST_ORIGIN }, payload: {} });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

    expect(signIn.statusCode).toBe(200);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: user.email, preferences: { theme: 'system', locale: 'en' } }, account: { id: user.accountId, roles: ['Owner'], tier: 'free' } });
    expect(me.json<{ permissions: string[] }>().permissions).toContain('account:update');
    expect(signOut.statusCode).toBe(200);
    expect(after.statusCode).toBe(401);
  });

  it('rejects a wrong password', async () => {
    const user = await signUpUser(t.app, 'Wrong');

    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: TEST_ORIGIN }, payload: { email: user.email, password: 'not the password' } });

    expect(response.statusCode).toBe(401);
  });

  it('answers 401 problem+json without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me' });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ status: 401, code: 'unauthenticated', type: 'https://flowforge.dev/problems/unauthenticated' });
  });
});

describe('preferences', () => {
  it('persists theme and language per user', async () => {
    const user = await signUpUser(t.app, 'Prefs');

    const patch = await t.app.inject({ method: 'PATCH', url: '/api/v1/me/preferences', headers: user.headers, payload: { theme: 'dark', locale: 'de' } });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });

    expect(patch.json()).toEqual({ theme: 'dark', locale: 'de' });
    expect(me.json()).toMatchObject({ user: { preferences: { theme: 'dark', locale: 'de' } } });
  });

  it('rejects unknown values with a field pointer', async () => {
    const user = await signUpUser(t.app, 'Bad');

    const response = await t.app.inject({ method: 'PATCH', url: '/api/v1/me/preferences', headers: user.headers, payload: { theme: 'neon' } });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/theme' }] });
  });

  it('rejects a cookie-authenticated change from another site (CSRF)', async () => {
    const user = await signUpUser(t.app, 'Csrf');

    const fromEvil = await t.app.inject({ method: 'PATCH', url: '/api/v1/me/preferences', headers: { cookie: user.cookie, origin: 'https://evil.example' }, payload: { theme: 'dark' } });
    const crossSite = await t.app.inject({ method: 'PATCH', url: '/api/v1/me/preferences', headers: { cookie: user.cookie, 'sec-fetch-site': 'cross-site' }, payload: { theme: 'dark' } });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });

    expect(fromEvil.statusCode).toBe(403);
    expect(fromEvil.json()).toMatchObject({ code: 'csrf-rejected' });
    expect(crossSite.statusCode).toBe(403);
    expect(me.json()).toMatchObject({ user: { preferences: { theme: 'system' } } });
  });
});

describe('accounts', () => {
  it('creates a second account and switches between them', async () => {
    const user = await signUpUser(t.app, 'Multi');

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: user.headers, payload: { name: 'Side Project' } });
    const afterCreate = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });
    const switched = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: user.headers, payload: { accountId: user.accountId } });

    expect(created.statusCode).toBe(201);
    expect(afterCreate.json()).toMatchObject({ account: { name: 'Side Project', roles: ['Owner'] } });
    expect(afterCreate.json<{ accounts: unknown[] }>().accounts).toHaveLength(2);
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ account: { id: user.accountId } });
  });

  it('answers 404 when switching to another tenant\'s account, as for a missing one', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    const globex = await signUpUser(t.app, 'Globex');

    const foreign = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: globex.headers, payload: { accountId: acme.accountId } });
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: globex.headers, payload: { accountId: '00000000-0000-4000-8000-000000000000' } });

    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'account-not-found' });
    expect(missing.statusCode).toBe(404);
  });

  it('renames the active account and records it in the audit log', async () => {
    const user = await signUpUser(t.app, 'Rename');

    const response = await t.app.inject({ method: 'PATCH', url: '/api/v1/account', headers: user.headers, payload: { name: 'Renamed Ltd' } });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=account.updated', headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Renamed Ltd' });
    expect(audit.json()).toMatchObject({ items: [{ action: 'account.updated', before: { name: 'Rename Inc' }, after: { name: 'Renamed Ltd' }, actorId: user.userId }] });
  });
});

describe('sessions', () => {
  it('extends a session used after a day and sends the refreshed cookie', async () => {
    const user = await signUpUser(t.app, 'Returning');
    await t.platform.appPool.query(`update user_sessions set expires_at = now() + interval '5 days' where user_id = $1`, [user.userId]);

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });
    const { rows } = await t.platform.appPool.query<{ days: number }>(`select extract(day from expires_at - now())::int as days from user_sessions where user_id = $1`, [user.userId]);

    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/flowforge\.session_token=.*Max-Age=604800/);
    expect(rows[0]?.days).toBeGreaterThanOrEqual(6);
  });

  it('rejects an expired session', async () => {
    const user = await signUpUser(t.app, 'Expired');
    await t.platform.appPool.query(`update user_sessions set expires_at = now() - interval '1 minute' where user_id = $1`, [user.userId]);

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });

    expect(response.statusCode).toBe(401);
  });

  it('rejects a session cookie with a forged signature', async () => {
    const user = await signUpUser(t.app, 'Forged');
    const forged = user.cookie.replace(/\.[^.;]+$/, '.Zm9yZ2Vk');

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: forged } });

    expect(response.statusCode).toBe(401);
  });
});
