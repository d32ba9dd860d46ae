import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { enqueueMail } from '../../platform/mail/index.ts';
import { createTestApp, setSystemRoles, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let smtp: SmtpCapture;
let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  smtp = await startSmtpCapture({ refuseRecipient: (address) => (address.startsWith('refused-') ? { code: 550, message: '5.1.1 Recipient address rejected' } : undefined) });
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

function settingsBody(overrides: Record<string, unknown> = {}) {
  return { host: '127.0.0.1', port: smtp.port, security: 'none', username: 'mailer', password: 'top-secret', fromAddress: 'flows@acme.example', fromName: 'Acme Flows', replyTo: '', enabled: true, ...overrides };
}

function put(user: SignedUpUser, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PUT', url: '/api/v1/settings/email', headers: user.headers, payload });
}

function enqueueFor(user: SignedUpUser, to: string): Promise<string> {
  return withTenant(t.platform.appPool, { accountId: user.accountId }, (tx) =>
    enqueueMail(tx, { accountId: user.accountId, to, message: { subject: `Hello ${to}`, heading: 'Hello', paragraphs: ['Hi.'] } }));
}

describe('e-mail settings', () => {
  it('answers that mail is held while neither the account nor the instance has SMTP', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email', headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ smtp: null, instanceSmtp: false, delivery: 'held' });
  });

  it('refuses to send a test e-mail when no SMTP server is configured', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: acme.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'smtp-not-configured' });
  });

  it('points at each invalid field', async () => {
    const response = await put(acme, settingsBody({ host: 'not a host!', port: 70000, fromAddress: 'nobody' }));

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer).sort()).toEqual(['/fromAddress', '/host', '/port']);
  });

  it('saves the settings, never returns the password and audits the change without it', async () => {
    const response = await put(acme, settingsBody());
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email', headers: acme.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=email-settings.updated', headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ delivery: 'account', smtp: { host: '127.0.0.1', security: 'none', username: 'mailer', hasPassword: true, replyTo: null } });
    expect(again.body).not.toContain('top-secret');
    expect(again.json()).toEqual(response.json());
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect(audit.body).not.toContain('top-secret');
    expect(audit.body).toContain('"hasPassword":true');
  });

  it('keeps the stored password when the body omits it and removes it when it is null', async () => {
    const { password: _omitted, ...withoutPassword } = settingsBody({ fromName: 'Acme' });

    const kept = await put(acme, withoutPassword);
    const smtpMail = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: acme.headers });
    const removed = await put(acme, settingsBody({ password: null, username: null }));

    expect(kept.json()).toMatchObject({ smtp: { hasPassword: true, fromName: 'Acme' } });
    expect(smtpMail.statusCode).toBe(200);
    expect((await smtp.waitForMail((m) => m.to.includes(acme.email))).auth).toEqual({ username: 'mailer', password: 'top-secret' });
    expect(removed.json()).toMatchObject({ smtp: { hasPassword: false, username: null } });
  });

  it('sends a test e-mail to the caller through the account SMTP server and lists it in the outbox', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: acme.headers });
    const outbox = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox?status=sent', headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ sentTo: acme.email });
    const mail = await smtp.waitForMail((m) => m.to.includes(acme.email) && m.auth === null);
    expect(mail.subject).toBe('FlowForge test e-mail');
    expect(mail.from).toBe('Acme Flows <flows@acme.example>');
    expect(outbox.json<{ items: { to: string; status: string }[] }>().items[0]).toMatchObject({ to: acme.email, status: 'sent' });
  });

  it("answers 422 with the server's message when the test e-mail is refused", async () => {
    const refused = await signUpUser(t.app, 'refused');
    await t.app.inject({ method: 'PUT', url: '/api/v1/settings/email', headers: refused.headers, payload: settingsBody() });

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: refused.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'mail-delivery-failed', detail: expect.stringContaining('Recipient address rejected') });
  });

  it('answers 422 with the connection error when the SMTP server is unreachable', async () => {
    const closedPort = await findFreePort();
    await put(globex, settingsBody({ port: closedPort }));

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: globex.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'mail-delivery-failed', detail: expect.stringMatching(/ECONNREFUSED|connect/i) });
    expect(response.body).not.toContain('top-secret');
  });
});

describe('a stored password that cannot be decrypted', () => {
  it('answers 422 asking for the password again instead of failing with a 500', async () => {
    const rotated = await signUpUser(t.app, 'Rotated');
    await put(rotated, settingsBody());
    await withTenant(t.platform.appPool, { accountId: rotated.accountId }, (tx) =>
      tx.query(`update account_email_config set password_encrypted = 'v1.c2VhbGVkLXdpdGgtYW5vdGhlci1rZXktMDEyMzQ1Njc4OQ'`));

    const response = await t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: rotated.headers });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'mail-delivery-failed', detail: expect.stringContaining('cannot be decrypted') });
  });
});

describe('outbox', () => {
  it('lists mails newest first with cursor pagination and a status filter', async () => {
    const first = await enqueueFor(acme, 'one@example.test');
    const second = await enqueueFor(acme, 'two@example.test');

    const page1 = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox?status=queued&limit=1', headers: acme.headers });
    const { items, nextCursor } = page1.json<{ items: { id: string }[]; nextCursor: string }>();
    const page2 = await t.app.inject({ method: 'GET', url: `/api/v1/settings/email/outbox?status=queued&limit=1&cursor=${nextCursor}`, headers: acme.headers });

    expect(items.map((m) => m.id)).toEqual([second]);
    expect(page2.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([first]);
  });

  it('shows the full content of one mail', async () => {
    const id = await enqueueFor(acme, 'full@example.test');

    const response = await t.app.inject({ method: 'GET', url: `/api/v1/settings/email/outbox/${id}`, headers: acme.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, to: 'full@example.test', subject: 'Hello full@example.test', status: 'queued', html: expect.stringContaining('<h1'), text: expect.stringContaining('Hi.') });
  });

  it("answers 404 for another account's mail", async () => {
    const id = await enqueueFor(acme, 'private@example.test');

    const response = await t.app.inject({ method: 'GET', url: `/api/v1/settings/email/outbox/${id}`, headers: globex.headers });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox', headers: globex.headers });

    expect(response.statusCode).toBe(404);
    expect(list.body).not.toContain('private@example.test');
  });

  it('rejects a malformed cursor and an unknown status', async () => {
    const cursor = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox?cursor=nonsense', headers: acme.headers });
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox?status=lost', headers: acme.headers });

    expect(cursor.statusCode).toBe(400);
    expect(status.statusCode).toBe(400);
    expect(status.json()).toMatchObject({ errors: [{ pointer: '/query/status' }] });
  });
});

describe('permissions', () => {
  it('forbids members to read or change the settings, send a test or read the outbox', async () => {
    const member = await signUpUser(t.app, 'Member');
    await setSystemRoles(t.platform, member, ['member']);

    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/v1/settings/email', headers: member.headers }),
      put(member, settingsBody()),
      t.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: member.headers }),
      t.app.inject({ method: 'GET', url: '/api/v1/settings/email/outbox', headers: member.headers }),
    ]);

    expect(responses.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
  });
});
