// Two-factor authentication end to end through better-auth's endpoints, with real TOTP codes
// computed by `otpauth` from the secret in the otpauth:// URI the server hands out: enrolment,
// the sign-in second step, recovery codes, trusted devices, the require-MFA policy, passkey
// management, audit entries and users.last_login_at.
import type { LightMyRequestResponse } from 'fastify';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../db/with-tenant.ts';
import { addMember, createTestApp, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

const PASSWORD = 'correct horse battery';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Jar = Map<string, string>;
type Enrolled = { user: SignedUpUser; totp: OTPAuth.TOTP; backupCodes: string[]; headers: Record<string, string> };

/** The cookies a response sets, without the ones it expires. */
function readCookies(response: LightMyRequestResponse, into: Jar = new Map()): Jar {
  const raw = response.headers['set-cookie'];
  for (const line of raw === undefined ? [] : [raw].flat()) {
    const pair = line.split(';')[0] ?? '';
    const eq = pair.indexOf('=');
    const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)];
    if (value === '' || /max-age=0/i.test(line)) into.delete(name);
    else into.set(name, value);
  }
  return into;
}

function headersOf(jar: Jar): Record<string, string> {
  return { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '), origin: TEST_ORIGIN };
}

function post(url: string, headers: Record<string, string>, payload: object = {}) {
  return t.app.inject({ method: 'POST', url, headers, payload });
}

function signInWithPassword(email: string, jar: Jar = new Map(), password = PASSWORD) {
  return post('/api/auth/sign-in/email', headersOf(jar), { email, password });
}

/** A code the authenticator would show ten minutes from now: wrong at any time of the test. */
function wrongCode(totp: OTPAuth.TOTP): string {
  return totp.generate({ timestamp: Date.now() + 10 * 60_000 });
}

async function enrol(name: string): Promise<Enrolled> {
  const user = await signUpUser(t.app, name);
  const enabled = await post('/api/auth/two-factor/enable', user.headers, { password: PASSWORD });
  const { totpURI, backupCodes } = enabled.json<{ totpURI: string; backupCodes: string[] }>();
  const totp = OTPAuth.URI.parse(totpURI) as OTPAuth.TOTP;
  const verified = await post('/api/auth/two-factor/verify-totp', user.headers, { code: totp.generate() });
  expect(verified.statusCode).toBe(200);
  // better-auth replaces the session when 2FA switches on: continue with the new cookie.
  return { user, totp, backupCodes, headers: headersOf(readCookies(verified)) };
}

async function readUser(userId: string): Promise<{ two_factor_enabled: boolean; last_login_at: Date | null }> {
  const { rows } = await t.platform.appPool.query<{ two_factor_enabled: boolean; last_login_at: Date | null }>(
    'select two_factor_enabled, last_login_at from users where id = $1', [userId]);
  const row = rows[0];
  if (!row) throw new Error(`no user ${userId}`);
  return row;
}

async function auditActions(headers: Record<string, string>): Promise<string[]> {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers });
  return response.json<{ items: { action: string }[] }>().items.map((item) => item.action);
}

describe('TOTP enrolment', () => {
  it('hands out an otpauth URI for FlowForge and switches 2FA on only after a correct code', async () => {
    const user = await signUpUser(t.app, 'Enroller');

    const enabled = await post('/api/auth/two-factor/enable', user.headers, { password: PASSWORD });
    const { totpURI, backupCodes } = enabled.json<{ totpURI: string; backupCodes: string[] }>();
    const totp = OTPAuth.URI.parse(totpURI) as OTPAuth.TOTP;
    const beforeVerification = await readUser(user.userId);
    const wrong = await post('/api/auth/two-factor/verify-totp', user.headers, { code: wrongCode(totp) });
    const right = await post('/api/auth/two-factor/verify-totp', user.headers, { code: totp.generate() });

    expect(enabled.statusCode).toBe(200);
    expect(totp.issuer).toBe('FlowForge');
    expect(totp.label).toBe(user.email);
    expect(backupCodes).toHaveLength(10);
    expect(beforeVerification.two_factor_enabled).toBe(false);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CODE' });
    expect(right.statusCode).toBe(200);
    // The session better-auth swaps in when 2FA switches on is not a new sign-in.
    expect(await readUser(user.userId)).toEqual({ two_factor_enabled: true, last_login_at: beforeVerification.last_login_at });
    expect(await auditActions(headersOf(readCookies(right)))).toContain('mfa.totp-enabled');
  });

  it('refuses to enable with a wrong password', async () => {
    const user = await signUpUser(t.app, 'Guesser');

    const response = await post('/api/auth/two-factor/enable', user.headers, { password: 'not my password' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_PASSWORD' });
    expect((await readUser(user.userId)).two_factor_enabled).toBe(false);
  });
});

describe('signing in with a second factor', () => {
  it('gives no session for the password alone and signs in with the code', async () => {
    const { user, totp } = await enrol('Second');
    const lastLoginBefore = (await readUser(user.userId)).last_login_at;

    const passwordStep = await signInWithPassword(user.email);
    const jar = readCookies(passwordStep);
    const cookiesAfterPassword = [...jar.keys()];
    const meWithPasswordOnly = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: headersOf(jar) });
    const lastLoginAfterPassword = (await readUser(user.userId)).last_login_at;
    const wrong = await post('/api/auth/two-factor/verify-totp', headersOf(jar), { code: wrongCode(totp) });
    const right = await post('/api/auth/two-factor/verify-totp', headersOf(jar), { code: totp.generate() });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: headersOf(readCookies(right, jar)) });

    expect(passwordStep.json()).toEqual({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect(cookiesAfterPassword).toEqual(['flowforge.two_factor']);
    expect(meWithPasswordOnly.statusCode).toBe(401);
    expect(lastLoginAfterPassword).toEqual(lastLoginBefore);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CODE' });
    expect(right.statusCode).toBe(200);
    expect(me.statusCode).toBe(200);
    expect((await readUser(user.userId)).last_login_at?.getTime()).toBeGreaterThan(lastLoginBefore?.getTime() ?? 0);
  });

  it('accepts a recovery code once and not twice', async () => {
    const { user, backupCodes } = await enrol('Recovering');
    const code = backupCodes[0] ?? '';

    const first = readCookies(await signInWithPassword(user.email));
    const used = await post('/api/auth/two-factor/verify-backup-code', headersOf(first), { code });
    const second = readCookies(await signInWithPassword(user.email));
    const reused = await post('/api/auth/two-factor/verify-backup-code', headersOf(second), { code });
    const other = await post('/api/auth/two-factor/verify-backup-code', headersOf(second), { code: backupCodes[1] ?? '' });

    expect(used.statusCode).toBe(200);
    expect(readCookies(used).size).toBeGreaterThan(0);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ code: 'INVALID_BACKUP_CODE' });
    expect(other.statusCode).toBe(200);
  });

  it('skips the code on a device trusted for 30 days', async () => {
    const { user, totp } = await enrol('Trusting');
    const jar = readCookies(await signInWithPassword(user.email));
    const verified = await post('/api/auth/two-factor/verify-totp', headersOf(jar), { code: totp.generate(), trustDevice: true });
    const trustCookie = [...readCookies(verified)].find(([name]) => name.endsWith('trust_device'));
    const trusted: Jar = new Map(trustCookie ? [trustCookie] : []);
    await t.platform.appPool.query('update users set last_login_at = null where id = $1', [user.userId]);

    const again = await signInWithPassword(user.email, trusted);

    expect(verified.headers['set-cookie']).toEqual(expect.arrayContaining([expect.stringMatching(/trust_device=.*Max-Age=2592000/)]));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ user: { id: user.userId } });
    expect((await readUser(user.userId)).last_login_at).toBeInstanceOf(Date);
  });

  it('records the last sign-in of a user without 2FA', async () => {
    const user = await signUpUser(t.app, 'Plain');
    await t.platform.appPool.query('update users set last_login_at = null where id = $1', [user.userId]);

    const response = await signInWithPassword(user.email);

    expect(response.statusCode).toBe(200);
    expect((await readUser(user.userId)).last_login_at).toBeInstanceOf(Date);
  });
});

describe('managing TOTP', () => {
  it('replaces the recovery codes: the new ones work, the old ones no longer do', async () => {
    const { user, backupCodes, headers } = await enrol('Regenerating');

    const regenerated = await post('/api/auth/two-factor/generate-backup-codes', headers, { password: PASSWORD });
    const fresh = regenerated.json<{ backupCodes: string[] }>().backupCodes;
    const old = await post('/api/auth/two-factor/verify-backup-code', headersOf(readCookies(await signInWithPassword(user.email))), { code: backupCodes[0] ?? '' });
    const current = await post('/api/auth/two-factor/verify-backup-code', headersOf(readCookies(await signInWithPassword(user.email))), { code: fresh[0] ?? '' });

    expect(regenerated.statusCode).toBe(200);
    expect(fresh).toHaveLength(10);
    expect(old.statusCode).toBe(401);
    expect(current.statusCode).toBe(200);
    expect(await auditActions(headers)).toContain('mfa.recovery-codes-regenerated');
  });

  it('turns 2FA off with the password, after which the password alone signs in', async () => {
    const { user, headers } = await enrol('Disabling');

    const wrongPassword = await post('/api/auth/two-factor/disable', headers, { password: 'not my password' });
    const disabled = await post('/api/auth/two-factor/disable', headers, { password: PASSWORD });
    const signIn = await signInWithPassword(user.email);

    expect(wrongPassword.statusCode).toBe(400);
    expect(disabled.statusCode).toBe(200);
    expect((await readUser(user.userId)).two_factor_enabled).toBe(false);
    expect(signIn.json()).toMatchObject({ user: { id: user.userId } });
    expect(await auditActions(headersOf(readCookies(disabled)))).toContain('mfa.totp-disabled');
  });
});

describe('the account policy "require MFA"', () => {
  it('blocks a member without TOTP with 403 mfa-required until they enrol', async () => {
    const owner = await signUpUser(t.app, 'Strict');
    const member = await signUpUser(t.app, 'Member');
    await addMember(t.platform, { accountId: owner.accountId, userId: member.userId }, 'member');
    await post('/api/v1/me/active-account', member.headers, { accountId: owner.accountId });
    await withTenant(t.platform.appPool, { accountId: owner.accountId }, (tx) => tx.query(
      `insert into account_security_policies (account_id, require_mfa) values ($1, true)
       on conflict (account_id) do update set require_mfa = true`, [owner.accountId]));

    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: member.headers });
    const enabled = await post('/api/auth/two-factor/enable', member.headers, { password: PASSWORD });
    const totp = OTPAuth.URI.parse(enabled.json<{ totpURI: string }>().totpURI) as OTPAuth.TOTP;
    const verified = await post('/api/auth/two-factor/verify-totp', member.headers, { code: totp.generate() });
    const allowed = await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: headersOf(readCookies(verified)) });

    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'mfa-required' });
    expect(enabled.statusCode).toBe(200);
    expect(verified.statusCode).toBe(200);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ id: owner.accountId });
  });
});

describe('passkeys', () => {
  async function insertPasskey(userId: string, name: string): Promise<string> {
    const { rows } = await t.platform.appPool.query<{ id: string }>(
      `insert into passkeys (user_id, name, public_key, credential_id, counter, device_type, backed_up, transports)
       values ($1, $2, 'cHVibGljLWtleQ', $3, 0, 'singleDevice', false, 'internal') returning id`,
      [userId, name, `credential-${userId}-${name}`]);
    return rows[0]?.id ?? '';
  }

  it('lists, renames and deletes the user\'s own passkeys, with audit entries', async () => {
    const user = await signUpUser(t.app, 'Keyholder');
    const id = await insertPasskey(user.userId, 'Laptop');

    const listed = await t.app.inject({ method: 'GET', url: '/api/auth/passkey/list-user-passkeys', headers: user.headers });
    const renamed = await post('/api/auth/passkey/update-passkey', user.headers, { id, name: 'Work laptop' });
    const deleted = await post('/api/auth/passkey/delete-passkey', user.headers, { id });
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/passkey/list-user-passkeys', headers: user.headers });

    expect(listed.json()).toEqual([expect.objectContaining({ id, name: 'Laptop', lastUsedAt: null, createdAt: expect.any(String) })]);
    expect(renamed.json()).toMatchObject({ passkey: { id, name: 'Work laptop' } });
    expect(deleted.statusCode).toBe(200);
    expect(after.json()).toEqual([]);
    expect(await auditActions(user.headers)).toEqual(expect.arrayContaining(['passkey.renamed', 'passkey.deleted']));
  });

  it('answers 404 for another user\'s passkey, as for a missing one, and leaves it alone', async () => {
    const owner = await signUpUser(t.app, 'Owner');
    const intruder = await signUpUser(t.app, 'Intruder');
    const id = await insertPasskey(owner.userId, 'Phone');

    const rename = await post('/api/auth/passkey/update-passkey', intruder.headers, { id, name: 'Mine now' });
    const remove = await post('/api/auth/passkey/delete-passkey', intruder.headers, { id });
    const missing = await post('/api/auth/passkey/delete-passkey', intruder.headers, { id: '00000000-0000-4000-8000-000000000000' });
    const notAnId = await post('/api/auth/passkey/delete-passkey', intruder.headers, { id: 'nonsense' });
    const ownerList = await t.app.inject({ method: 'GET', url: '/api/auth/passkey/list-user-passkeys', headers: owner.headers });

    for (const response of [rename, remove, missing, notAnId]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'PASSKEY_NOT_FOUND' });
    }
    expect(ownerList.json()).toEqual([expect.objectContaining({ id, name: 'Phone' })]);
  });

  it('rejects a name longer than 100 characters', async () => {
    const user = await signUpUser(t.app, 'Namer');
    const id = await insertPasskey(user.userId, 'Key');

    const response = await post('/api/auth/passkey/update-passkey', user.headers, { id, name: 'x'.repeat(101) });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_PASSKEY_NAME' });
  });

  it('offers a discoverable-credential challenge for localhost to a signed-out visitor', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/passkey/generate-authenticate-options', headers: { origin: TEST_ORIGIN } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rpId: 'localhost', challenge: expect.any(String) });
    expect(response.json()).not.toHaveProperty('allowCredentials');
    expect(readCookies(response).size).toBe(1);
  });
});
