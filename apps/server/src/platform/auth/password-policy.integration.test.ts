import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, TEST_ORIGIN, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function uniqueEmail(): string {
  counter += 1;
  return `policy-${counter}-${Date.now()}@example.test`;
}

describe('POST /api/v1/signup', () => {
  it.each([['password123'], ['iloveyou2'], ['12345678910']])('rejects the breached password %s with a 422 at /password', async (password) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Ann', email: uniqueEmail(), password, accountName: 'Ann Co' } });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'password-rejected', errors: [{ pointer: '/password' }] });
  });

  it('rejects a short password, the e-mail itself and a trivial sequence', async () => {
    const email = uniqueEmail();
    const short = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Ann', email, password: 'seven77', accountName: 'Ann Co' } });
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Ann', email, password: email, accountName: 'Ann Co' } });
    const sequence = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Ann', email, password: 'abcdefghij', accountName: 'Ann Co' } });

    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].pointer).toBe('/password');
    expect(own.statusCode).toBe(422);
    expect(sequence.statusCode).toBe(422);
  });

  it('accepts a long passphrase without any composition rule', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'Ann', email: uniqueEmail(), password: 'a long passphrase nobody guesses', accountName: 'Ann Co' } });

    expect(response.statusCode).toBe(201);
  });
});

describe('better-auth endpoints', () => {
  it('rejects a breached password on /api/auth/sign-up/email before better-auth creates the user', async () => {
    const email = uniqueEmail();

    const rejected = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: TEST_ORIGIN }, payload: { name: 'Bo', email, password: 'password123' } });
    const accepted = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: TEST_ORIGIN }, payload: { name: 'Bo', email, password: 'an unguessable sentence' } });

    expect(rejected.statusCode).toBe(422);
    expect(rejected.json()).toMatchObject({ code: 'password-rejected', errors: [{ pointer: '/password' }] });
    expect(accepted.statusCode).toBe(200);
  });

  it('applies the active account\'s minimum length on /api/auth/change-password', async () => {
    const user = await signUpUser(t.app, 'Changer');
    await t.app.inject({
      method: 'PUT', url: '/api/v1/settings/security', headers: user.headers,
      payload: { passwordMinLength: 16, checkBreachedPasswords: true, sessionTimeoutMinutes: null, ipAllowlist: [], requireMfa: false },
    });
    const change = (newPassword: string) => t.app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: user.headers,
      payload: { currentPassword: 'correct horse battery', newPassword, revokeOtherSessions: false },
    });

    const tooShort = await change('fifteen chars!!');
    const breached = await change('passwordpassword');
    const accepted = await change('sixteen characters and more');

    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json()).toMatchObject({ code: 'password-rejected', errors: [{ pointer: '/newPassword' }] });
    expect(tooShort.json().detail).toContain('16');
    expect(breached.statusCode).toBe(422);
    expect(accepted.statusCode).toBe(200);
  });

  it('does not check the list when the account switched it off', async () => {
    const user = await signUpUser(t.app, 'Lenient');
    await t.app.inject({
      method: 'PUT', url: '/api/v1/settings/security', headers: user.headers,
      payload: { passwordMinLength: 8, checkBreachedPasswords: false, sessionTimeoutMinutes: null, ipAllowlist: [], requireMfa: false },
    });

    const response = await t.app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: user.headers,
      payload: { currentPassword: 'correct horse battery', newPassword: 'password123', revokeOtherSessions: false },
    });

    expect(response.statusCode).toBe(200);
  });
});
