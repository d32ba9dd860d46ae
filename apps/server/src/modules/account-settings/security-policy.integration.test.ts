import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

const POLICY = { passwordMinLength: 12, checkBreachedPasswords: true, sessionTimeoutMinutes: null, ipAllowlist: [] as string[], requireMfa: false };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function putPolicy(user: SignedUpUser, payload: object, remoteAddress = '127.0.0.1') {
  return t.app.inject({ method: 'PUT', url: '/api/v1/settings/security', headers: user.headers, payload, remoteAddress });
}

describe('GET/PUT /api/v1/settings/security', () => {
  it('answers the defaults and the caller\'s address before a policy was saved', async () => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/security', headers: acme.headers, remoteAddress: '192.0.2.10' });

    expect(response.json()).toEqual({
      passwordMinLength: 8, checkBreachedPasswords: true, sessionTimeoutMinutes: null, ipAllowlist: [], requireMfa: false, currentIp: '192.0.2.10',
    });
  });

  it('saves the policy, storing ranges as networks once each, and audits it', async () => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await putPolicy(acme, { ...POLICY, sessionTimeoutMinutes: 60, ipAllowlist: ['127.0.0.1', '10.1.2.3/8', '10.0.0.0/8', '2001:db8::/32'] });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=settings.security-updated', headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ passwordMinLength: 12, sessionTimeoutMinutes: 60, ipAllowlist: ['127.0.0.1/32', '10.0.0.0/8', '2001:db8::/32'] });
    expect(audit.json().items[0]).toMatchObject({ before: { passwordMinLength: 8, ipAllowlist: [] }, after: { passwordMinLength: 12, sessionTimeoutMinutes: 60 } });
  });

  it('points at the one invalid allowlist entry', async () => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await putPolicy(acme, { ...POLICY, ipAllowlist: ['127.0.0.1', '10.0.0.0/8', 'intranet'] });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/ipAllowlist/2' }] });
  });

  it.each([
    [{ passwordMinLength: 7 }, '/passwordMinLength'],
    [{ passwordMinLength: 129 }, '/passwordMinLength'],
    [{ sessionTimeoutMinutes: 4 }, '/sessionTimeoutMinutes'],
    [{ ipAllowlist: ['10.0.0.0/33'] }, '/ipAllowlist/0'],
    [{ requireMfa: 'yes' }, '/requireMfa'],
  ])('rejects %j', async (change, pointer) => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await putPolicy(acme, { ...POLICY, ...change });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe(pointer);
  });

  it('refuses an allowlist that would lock the administrator out', async () => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await putPolicy(acme, { ...POLICY, ipAllowlist: ['10.0.0.0/8'] }, '203.0.113.9');

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'ip-allowlist-lockout', errors: [{ pointer: '/ipAllowlist' }] });
    expect(response.json().detail).toContain('203.0.113.9');
  });
});

describe('enforcement', () => {
  it('lets only allowed networks use the account, with a clear 403 for others', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    const saved = await putPolicy(acme, { ...POLICY, ipAllowlist: ['10.0.0.0/8'] }, '10.0.0.5');

    const outside = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: acme.headers, remoteAddress: '127.0.0.1' });
    const inside = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: acme.headers, remoteAddress: '10.1.2.3' });

    expect(saved.statusCode).toBe(200);
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'ip-not-allowed' });
    expect(outside.json().detail).toContain('127.0.0.1');
    expect(inside.statusCode).toBe(200);
  });

  it('treats a session older than the timeout as signed out', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    await putPolicy(acme, { ...POLICY, sessionTimeoutMinutes: 5 });
    const fresh = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: acme.headers });

    await t.platform.appPool.query(`update user_sessions set created_at = now() - interval '6 minutes' where user_id = $1`, [acme.userId]);
    const stale = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: acme.headers });

    expect(fresh.statusCode).toBe(200);
    expect(stale.statusCode).toBe(401);
  });

  it('refuses to require MFA before the administrator has a second factor', async () => {
    const acme = await signUpUser(t.app, 'Acme');

    const response = await putPolicy(acme, { ...POLICY, requireMfa: true });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/requireMfa' }] });
  });

  it('asks members without a second factor to set one up once MFA is required', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    const colleague = await signUpUser(t.app, 'Colleague');
    await addMember(t.platform, { accountId: acme.accountId, userId: colleague.userId }, 'admin');
    await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: colleague.headers, payload: { accountId: acme.accountId } });
    await t.platform.appPool.query('update users set two_factor_enabled = true where id = $1', [acme.userId]);
    const saved = await putPolicy(acme, { ...POLICY, requireMfa: true });

    const admin = await t.app.inject({ method: 'GET', url: '/api/v1/settings/security', headers: acme.headers });
    const withoutMfa = await t.app.inject({ method: 'GET', url: '/api/v1/settings/security', headers: colleague.headers });

    expect(saved.statusCode).toBe(200);
    expect(admin.statusCode).toBe(200);
    expect(withoutMfa.statusCode).toBe(403);
    expect(withoutMfa.json()).toMatchObject({ code: 'mfa-required' });
  });
});
