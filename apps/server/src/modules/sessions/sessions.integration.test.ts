import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Sessions = { items: { id: string; isCurrent: boolean; userAgent: string | null }[] };

/** Signs the user in again, as from another device; returns that session's headers. */
async function signInAgain(user: SignedUpUser, password = 'correct horse battery') {
  const response = await t.app.inject({
    method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: TEST_ORIGIN, 'user-agent': 'Phone/1.0' }, payload: { email: user.email, password },
  });
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((c) => c.split(';')[0]).join('; ');
  return { status: response.statusCode, headers: { cookie, origin: TEST_ORIGIN } };
}

async function listSessions(headers: Record<string, string>): Promise<Sessions> {
  return (await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers })).json();
}

describe('active sessions', () => {
  it('lists the user\'s sessions and marks the current one', async () => {
    const user = await signUpUser(t.app, 'Lister');
    await signInAgain(user);

    const sessions = await listSessions(user.headers);

    expect(sessions.items).toHaveLength(2);
    expect(sessions.items.filter((s) => s.isCurrent)).toHaveLength(1);
    expect(sessions.items.map((s) => s.userAgent)).toContain('Phone/1.0');
  });

  it('signs one session out', async () => {
    const user = await signUpUser(t.app, 'Revoker');
    const phone = await signInAgain(user);
    const other = (await listSessions(user.headers)).items.find((s) => !s.isCurrent);

    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${other?.id ?? ''}`, headers: user.headers });
    const phoneAfter = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: phone.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=session.revoked', headers: user.headers });

    expect(response.statusCode).toBe(204);
    expect(phoneAfter.statusCode).toBe(401);
    expect(audit.json()).toMatchObject({ items: [{ resourceId: other?.id, actorId: user.userId }] });
  });

  it('answers 404 for another user\'s session, exactly as for a missing one, and leaves it alone', async () => {
    const owner = await signUpUser(t.app, 'Owner');
    const intruder = await signUpUser(t.app, 'Intruder');
    const ownerSession = (await listSessions(owner.headers)).items[0]?.id ?? '';

    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${ownerSession}`, headers: intruder.headers });
    const missing = await t.app.inject({ method: 'DELETE', url: '/api/v1/me/sessions/00000000-0000-4000-8000-000000000000', headers: intruder.headers });
    const ownerStill = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: owner.headers });

    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'session-not-found' });
    expect(missing.statusCode).toBe(404);
    expect(ownerStill.statusCode).toBe(200);
  });

  it('signs out everywhere else and keeps this session', async () => {
    const user = await signUpUser(t.app, 'Everywhere');
    const phone = await signInAgain(user);
    const tablet = await signInAgain(user);

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/me/sessions/revoke-others', headers: user.headers });
    const statuses = await Promise.all([user.headers, phone.headers, tablet.headers].map(async (headers) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode));

    expect(response.json()).toEqual({ revoked: 2 });
    expect(statuses).toEqual([200, 401, 401]);
  });

  it('needs a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions' });

    expect(response.statusCode).toBe(401);
  });
});

describe('password change', () => {
  it('changes the password with the current one and can sign out the other sessions', async () => {
    const user = await signUpUser(t.app, 'Changer');
    const phone = await signInAgain(user);

    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: user.headers,
      payload: { currentPassword: 'correct horse battery', newPassword: 'a much longer new passphrase', revokeOtherSessions: true },
    });
    const oldPassword = await signInAgain(user);
    const newPassword = await signInAgain(user, 'a much longer new passphrase');
    const phoneAfter = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: phone.headers });

    expect(response.statusCode).toBe(200);
    expect(oldPassword.status).toBe(401);
    expect(newPassword.status).toBe(200);
    expect(phoneAfter.statusCode).toBe(401);
  });

  it('refuses a wrong current password', async () => {
    const user = await signUpUser(t.app, 'Wrong');

    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: user.headers,
      payload: { currentPassword: 'not it at all', newPassword: 'a much longer new passphrase' },
    });

    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});
