import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;
let member: SignedUpUser;

type AuditPage = { items: { action: string; before: unknown; after: unknown; actorId: string | null }[] };

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  member = await signUpUser(t.app, 'Member');
  await addMember(t.platform, { accountId: acme.accountId, userId: member.userId }, 'member');
  await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: member.headers, payload: { accountId: acme.accountId } });
});
afterAll(async () => t.close());

async function lastAudit(user: SignedUpUser, action: string) {
  const page: AuditPage = (await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs?action=${action}&limit=1`, headers: user.headers })).json();
  return page.items[0];
}

describe('general settings', () => {
  it('answers the defaults before anything was saved', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/general', headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Acme Inc', timeZone: 'UTC', defaultLanguage: 'en', logoUrl: null });
  });

  it('saves name, time zone and language, and audits the change with before and after', async () => {
    const response = await t.app.inject({
      method: 'PUT', url: '/api/v1/settings/general', headers: acme.headers,
      payload: { name: 'Acme Worldwide', timeZone: 'Europe/Berlin', defaultLanguage: 'de' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Acme Worldwide', timeZone: 'Europe/Berlin', defaultLanguage: 'de', logoUrl: null });
    expect(await lastAudit(acme, 'settings.general-updated')).toMatchObject({
      actorId: acme.userId,
      before: { name: 'Acme Inc', timeZone: 'UTC' },
      after: { name: 'Acme Worldwide', timeZone: 'Europe/Berlin', defaultLanguage: 'de' },
    });
  });

  it('keeps other keys of the account settings, such as the logo', async () => {
    await t.platform.ownerPool.query(
      `begin; select set_config('app.account_id', '${acme.accountId}', true);
       update accounts set settings = settings || '{"logoUrl": "/api/v1/images/logo"}' where id = '${acme.accountId}'; commit;`,
    );

    await t.app.inject({ method: 'PUT', url: '/api/v1/settings/general', headers: acme.headers, payload: { name: 'Acme', timeZone: 'UTC', defaultLanguage: 'en' } });
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/general', headers: acme.headers });

    expect(response.json()).toMatchObject({ name: 'Acme', logoUrl: '/api/v1/images/logo' });
  });

  it.each([
    [{ name: '', timeZone: 'UTC', defaultLanguage: 'en' }, '/name'],
    [{ name: 'X', timeZone: 'Mars/Olympus_Mons', defaultLanguage: 'en' }, '/timeZone'],
    [{ name: 'X', timeZone: 'UTC', defaultLanguage: 'fr' }, '/defaultLanguage'],
    [{ name: 'X', timeZone: 'UTC', defaultLanguage: 'en', logoUrl: 'x' }, '/'],
  ])('rejects %j with a pointer at %s', async (payload, pointer) => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/general', headers: acme.headers, payload });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toContain(pointer);
  });
});

describe('feature switches', () => {
  it('lists every feature, all on by default', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/features', headers: globex.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual({ key: 'audit', label: 'The audit log viewer', enabled: true });
    expect(response.json().items.every((item: { enabled: boolean }) => item.enabled)).toBe(true);
  });

  it('switches a module off: its routes answer 404 and /me lists it as disabled', async () => {
    const off = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/features', headers: globex.headers, payload: { features: { audit: false, groups: false } } });

    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs', headers: globex.headers });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: globex.headers });

    expect(off.statusCode).toBe(200);
    expect(off.json().items).toContainEqual({ key: 'audit', label: 'The audit log viewer', enabled: false });
    expect(audit.statusCode).toBe(404);
    expect(me.json().account.disabledFeatures.sort()).toEqual(['audit', 'groups']);
  });

  it('switches it back on, audited with the states before and after', async () => {
    const on = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/features', headers: globex.headers, payload: { features: { audit: true } } });

    const entry = await lastAudit(globex, 'settings.features-updated');

    expect(on.statusCode).toBe(200);
    expect(entry).toMatchObject({ before: { audit: false, groups: false }, after: { audit: true, groups: false } });
  });

  it('rejects an unknown feature with a 422 naming it', async () => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/features', headers: globex.headers, payload: { features: { audit: true, teleport: false } } });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/features/teleport' }] });
  });

  it('rejects a value that is not a boolean', async () => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/features', headers: globex.headers, payload: { features: { audit: 'no' } } });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/features/audit');
  });
});

describe('audit retention', () => {
  it('defaults to 365 days and saves a new retention, audited', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/settings/audit', headers: acme.headers });

    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/audit', headers: acme.headers, payload: { retentionDays: 730 } });

    expect(before.json()).toEqual({ retentionDays: 365 });
    expect(saved.json()).toEqual({ retentionDays: 730 });
    expect(await lastAudit(acme, 'settings.audit-updated')).toMatchObject({ before: { retentionDays: 365 }, after: { retentionDays: 730 } });
  });

  it.each([[29], [3651], [90.5]])('rejects %s days', async (retentionDays) => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/audit', headers: acme.headers, payload: { retentionDays } });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/retentionDays');
  });

  it('keeps each account to its own retention', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/audit', headers: globex.headers });

    expect(response.json()).toEqual({ retentionDays: 365 });
  });
});

describe('permissions', () => {
  it.each([
    ['GET', '/api/v1/settings/general', undefined],
    ['PUT', '/api/v1/settings/general', { name: 'Mine', timeZone: 'UTC', defaultLanguage: 'en' }],
    ['GET', '/api/v1/settings/features', undefined],
    ['PUT', '/api/v1/settings/features', { features: { audit: false } }],
    ['GET', '/api/v1/settings/audit', undefined],
    ['PUT', '/api/v1/settings/audit', { retentionDays: 30 }],
    ['GET', '/api/v1/settings/security', undefined],
    ['PUT', '/api/v1/settings/security', { passwordMinLength: 8, checkBreachedPasswords: true, sessionTimeoutMinutes: null, ipAllowlist: [], requireMfa: false }],
    ['GET', '/api/v1/settings/domains', undefined],
    ['POST', '/api/v1/settings/domains', { domain: 'member.example.com' }],
  ] as const)('refuses %s %s to a member without the settings permissions', async (method, url, payload) => {
    const response = await t.app.inject({ method, url, headers: member.headers, ...(payload ? { payload } : {}) });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/general' });

    expect(response.statusCode).toBe(401);
  });
});
