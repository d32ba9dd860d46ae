import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { cookieFrom, inviteUser, joinAccount, takeInvitationToken, uniqueEmail } from '../user-fixtures.ts';

let t: TestApp;
let capture: SmtpCapture;
let acme: SignedUpUser;
let globex: SignedUpUser;

function accept(token: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload, headers });
}

function signIn(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', payload: { email, password }, headers: { origin: TEST_ORIGIN } });
}

beforeAll(async () => {
  capture = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: capture.url });
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
});
afterAll(async () => {
  await t.close();
  await capture.close();
});

describe('a person new to FlowForge', () => {
  it('chooses name and password, becomes an active member and can sign in', async () => {
    const email = uniqueEmail('Nina');
    const user = await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);

    const response = await accept(token, { name: 'Nina Neu', password: 'a long new passphrase' });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ accountId: acme.accountId, accountName: 'Acme Inc', email });
    const signedIn = await signIn(email, 'a long new passphrase');
    expect(signedIn.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieFrom(signedIn.headers['set-cookie']) } });
    expect(me.json()).toMatchObject({ user: { name: 'Nina Neu' }, account: { id: acme.accountId } });
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/users/${user.id}`, headers: acme.headers });
    expect(listed.json()).toMatchObject({ status: 'active', name: 'Nina Neu' });
    const audit = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`select actor_id from audit_logs where action = 'user.invitation-accepted' and resource_id = $1`, [user.id]));
    expect(audit.rows).toEqual([{ actor_id: user.id }]);
  });

  it('cannot use the link twice', async () => {
    const email = uniqueEmail('Otto');
    await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);
    await accept(token, { password: 'first passphrase here' });

    const again = await accept(token, { password: 'second passphrase here' });
    const shown = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });

    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ code: 'invitation-not-found' });
    expect(shown.statusCode).toBe(404);
  });

  it.each([
    [{}, '/password'],
    [{ password: 'x'.repeat(129) }, '/password'],
    [{ password: 'long enough', extra: true }, '/'],
  ])('rejects %j with a 400 pointing at %s, and the link keeps working', async (payload, pointer) => {
    const email = uniqueEmail('Pia');
    await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);

    const response = await accept(token, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [expect.objectContaining({ pointer })] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(200);
  });

  it.each(['short', 'password123'])('refuses %s under the account\'s password policy with a 422, and the link keeps working', async (password) => {
    const email = uniqueEmail('Pia');
    await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);

    const response = await accept(token, { name: 'Pia', password });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'password-rejected', errors: [expect.objectContaining({ pointer: '/password' })] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(200);
  });
});

describe('a person who already has a password', () => {
  it('must be signed in as the invited person to accept', async () => {
    const person = await signUpUser(t.app, 'Eve');
    const user = await inviteUser(t, acme, { email: person.email });
    const token = await takeInvitationToken(t, capture, person.email);

    const shown = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    const anonymous = await accept(token, {});
    const someoneElse = await accept(token, {}, globex.headers);
    const invited = await accept(token, {}, person.headers);

    expect(shown.json()).toEqual({ accountName: 'Acme Inc', email: person.email, needsPassword: false });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().detail).toContain(`Sign in as ${person.email}`);
    expect(someoneElse.statusCode).toBe(404);
    expect(invited.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers });
    expect(me.json()).toMatchObject({ account: { id: acme.accountId } });
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/users/${user.id}`, headers: acme.headers });
    expect(listed.json()).toMatchObject({ status: 'active', name: 'Eve' });
  });
});

describe('POST /api/v1/users/:id/invite', () => {
  it('sends a new link and the old one stops working', async () => {
    const email = uniqueEmail('Rita');
    const user = await inviteUser(t, acme, { email });
    const first = await takeInvitationToken(t, capture, email);

    const resent = await t.app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/invite`, headers: acme.headers });
    const second = await takeInvitationToken(t, capture, email);

    expect(resent.statusCode).toBe(204);
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${first}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${second}` })).statusCode).toBe(200);
  });

  it('answers 409 for a member who joined already, and 404 to another account', async () => {
    const active = await joinAccount(t, await signUpUser(t.app, 'Anna'), { accountId: acme.accountId, role: 'member' });
    const pending = await inviteUser(t, acme, { email: uniqueEmail('Gus'), sendInvite: false });

    const joined = await t.app.inject({ method: 'POST', url: `/api/v1/users/${active.userId}/invite`, headers: acme.headers });
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/users/${pending.id}/invite`, headers: globex.headers });

    expect(joined.statusCode).toBe(409);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'user-not-found' });
  });
});

describe('GET /api/v1/invitations/:token', () => {
  it('answers 404 for an unknown or expired token', async () => {
    const email = uniqueEmail('Emil');
    const user = await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`update user_invitations set expires_at = now() - interval '1 second' where user_id = $1`, [user.id]));

    const expired = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/invitations/not-a-token' });

    expect(expired.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'invitation-not-found' });
  });

  it('leaves no tenant setting behind in the caller\'s transaction', async () => {
    const email = uniqueEmail('Ina');
    await inviteUser(t, acme, { email });
    const token = await takeInvitationToken(t, capture, email);
    const { createHash } = await import('node:crypto');
    const client = await t.platform.appPool.connect();
    try {
      await client.query('begin');
      const found = await client.query('select account_id from app_find_invitation($1)', [createHash('sha256').update(token).digest('hex')]);
      const after = await client.query<{ account: string | null }>(`select nullif(current_setting('app.account_id', true), '') as account`);
      const visible = await client.query('select id from user_invitations');
      await client.query('rollback');

      expect(found.rows).toEqual([{ account_id: acme.accountId }]);
      expect(after.rows).toEqual([{ account: null }]);
      expect(visible.rows).toEqual([]);
    } finally {
      client.release();
    }
  });
});
