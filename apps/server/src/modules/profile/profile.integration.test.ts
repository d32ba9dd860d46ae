import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { wantsNotification } from './index.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function patchProfile(user: SignedUpUser, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PATCH', url: '/api/v1/me/profile', headers: user.headers, payload });
}

describe('profile', () => {
  it('starts with the sign-up name and empty contact details', async () => {
    const user = await signUpUser(t.app, 'Fresh');

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: user.userId, name: 'Fresh', email: user.email, image: null,
      contact: { phone: '', title: '', department: '', location: '' }, timeZone: null, formatLocale: null,
    });
  });

  it('saves name, contact details, time zone and format; /me and the audit log show the change', async () => {
    const user = await signUpUser(t.app, 'Editor');

    const response = await patchProfile(user, {
      name: '  Erika Editor ', contact: { phone: '+49 30 1234-56', title: 'Lead', department: 'Sales', location: 'Berlin' },
      timeZone: 'europe/berlin', formatLocale: 'de-CH',
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=user.profile-updated', headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Erika Editor', contact: { phone: '+49 30 1234-56', title: 'Lead', department: 'Sales', location: 'Berlin' },
      timeZone: 'Europe/Berlin', formatLocale: 'de-CH',
    });
    expect(me.json()).toMatchObject({ user: { name: 'Erika Editor', preferences: { theme: 'system', locale: 'en', timeZone: 'Europe/Berlin', formatLocale: 'de-CH' } } });
    expect(audit.json()).toMatchObject({ items: [{ actorId: user.userId, before: { name: 'Editor' }, after: { name: 'Erika Editor', timeZone: 'Europe/Berlin' } }] });
  });

  it('keeps fields that are left out and clears a contact field sent empty', async () => {
    const user = await signUpUser(t.app, 'Partial');
    await patchProfile(user, { contact: { title: 'Engineer', department: 'R&D' }, timeZone: 'Asia/Tokyo' });

    const response = await patchProfile(user, { contact: { title: '' } });
    const stored = await t.platform.ownerPool.query<{ profile: object }>('select profile from users where id = $1', [user.userId]);

    expect(response.json()).toMatchObject({ name: 'Partial', contact: { title: '', department: 'R&D' }, timeZone: 'Asia/Tokyo' });
    expect(stored.rows[0]?.profile).toEqual({ department: 'R&D' });
  });

  it('refuses an unknown time zone and format with 422 and pointers', async () => {
    const user = await signUpUser(t.app, 'Zoned');

    const response = await patchProfile(user, { timeZone: 'Mars/Olympus_Mons', formatLocale: 'xx-YY' });
    const unchanged = await t.app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: user.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'unprocessable',
      errors: [{ pointer: '/timeZone', message: expect.stringContaining('Mars/Olympus_Mons') }, { pointer: '/formatLocale' }],
    });
    expect(unchanged.json()).toMatchObject({ timeZone: null, formatLocale: null });
  });

  it.each([
    ['an empty name', { name: '' }, '/name'],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, '/name'],
    ['a phone number with letters', { contact: { phone: 'call me maybe' } }, '/contact/phone'],
    ['a title over 200 characters', { contact: { title: 'x'.repeat(201) } }, '/contact/title'],
    ['an unknown contact field', { contact: { twitter: '@me' } }, '/contact'],
    ['the e-mail address', { email: 'new@example.com' }, '/'],
  ])('refuses %s with a pointer at %s', async (_what, payload, pointer) => {
    const user = await signUpUser(t.app, 'Invalid');

    const response = await patchProfile(user, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((error) => error.pointer)).toContain(pointer);
  });

  it('resets the time zone to the browser\'s with null', async () => {
    const user = await signUpUser(t.app, 'Reset');
    await patchProfile(user, { timeZone: 'America/New_York' });

    const response = await patchProfile(user, { timeZone: null });

    expect(response.json()).toMatchObject({ timeZone: null });
  });

  it('refuses a body over the limit with both sizes in the detail', async () => {
    const user = await signUpUser(t.app, 'Verbose');

    const response = await patchProfile(user, { name: 'x'.repeat(1_150_000) });

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload-too-large', detail: 'The request body is 1.1 MB; this endpoint accepts at most 1 MB.' });
  });

  it('needs a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me/profile' });

    expect(response.statusCode).toBe(401);
  });
});

describe('notification preferences', () => {
  it('returns the full matrix with defaults for a new user', async () => {
    const user = await signUpUser(t.app, 'Notified');

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      events: { 'task.assigned': { 'in-app': true, email: true }, 'task.due-soon': { 'in-app': true, email: false }, 'digest.daily': { email: false } },
    });
  });

  it('saves choices, fills the rest with defaults, and answers the engine\'s question', async () => {
    const user = await signUpUser(t.app, 'Chooser');

    const saved = await t.app.inject({
      method: 'PUT', url: '/api/v1/me/notification-preferences', headers: user.headers,
      payload: { events: { 'task.assigned': { email: false }, 'digest.daily': { email: true } } },
    });
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: user.headers });
    const answers = await withTenant(t.platform.appPool, { accountId: user.accountId, userId: user.userId }, async (tx) => ({
      assignedByMail: await wantsNotification(tx, { userId: user.userId, event: 'task.assigned', channel: 'email' }),
      assignedInApp: await wantsNotification(tx, { userId: user.userId, event: 'task.assigned', channel: 'in-app' }),
      digestByMail: await wantsNotification(tx, { userId: user.userId, event: 'digest.daily', channel: 'email' }),
      digestInApp: await wantsNotification(tx, { userId: user.userId, event: 'digest.daily', channel: 'in-app' }),
    }));
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=user.notification-preferences-updated', headers: user.headers });

    expect(saved.statusCode).toBe(200);
    expect(read.json()).toEqual(saved.json());
    expect(read.json()).toMatchObject({ events: { 'task.assigned': { 'in-app': true, email: false }, 'digest.daily': { email: true } } });
    expect(answers).toEqual({ assignedByMail: false, assignedInApp: true, digestByMail: true, digestInApp: false });
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('refuses unknown events and channels with 422 and pointers, and changes nothing', async () => {
    const user = await signUpUser(t.app, 'Unknown');

    const response = await t.app.inject({
      method: 'PUT', url: '/api/v1/me/notification-preferences', headers: user.headers,
      payload: { events: { 'task.exploded': { email: true }, 'task.assigned': { pigeon: true, email: false }, 'digest.daily': { 'in-app': true } } },
    });
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: user.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((error) => error.pointer)).toEqual([
      '/events/task.exploded', '/events/task.assigned/pigeon', '/events/digest.daily/in-app',
    ]);
    expect(read.json()).toMatchObject({ events: { 'task.assigned': { email: true } } });
  });

  it('refuses a value that is not true or false with 400', async () => {
    const user = await signUpUser(t.app, 'Typed');

    const response = await t.app.inject({
      method: 'PUT', url: '/api/v1/me/notification-preferences', headers: user.headers, payload: { events: { mention: { email: 'yes' } } },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/events/mention/email' }] });
  });
});
