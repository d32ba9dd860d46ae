import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractLinks, startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { runPendingJobs } from '../../testing/run-jobs.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { withTenant } from '../db/with-tenant.ts';
import { deliverMail } from './deliver.ts';
import { upsertEmailConfig } from './email-config.repository.ts';
import { enqueueMail } from './enqueue.ts';
import { findMail } from './outbox.repository.ts';
import { encryptSecret } from './secret-box.ts';
import { smtpPasswordKey } from './transport.ts';

let instanceSmtp: SmtpCapture;
let accountSmtp: SmtpCapture;
let t: TestApp;
let acme: SignedUpUser;

const invitation = {
  subject: 'You are invited to Acme',
  heading: 'Join <Acme> & friends',
  paragraphs: ['Anna invited you to work together.', 'The link is valid for 7 days.'],
  action: { label: 'Accept the invitation', url: 'https://flow.example/invitations/abc?token=x&y=1' },
  footnote: 'If you did not expect this, ignore it.',
};

beforeAll(async () => {
  instanceSmtp = await startSmtpCapture({
    refuseRecipient: (address) => {
      if (address.startsWith('bounce@')) return { code: 550, message: 'Mailbox unavailable' };
      if (address.startsWith('later@')) return { code: 451, message: 'Try again later' };
      return undefined;
    },
  });
  accountSmtp = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: instanceSmtp.url, mailFrom: 'FlowForge <robot@flow.example>' });
  acme = await signUpUser(t.app, 'Acme');
});
afterAll(async () => {
  await t.close();
  await Promise.all([instanceSmtp.close(), accountSmtp.close()]);
});

function enqueue(to: string, options: { accountId?: string } = {}): Promise<string> {
  const accountId = options.accountId ?? acme.accountId;
  return withTenant(t.platform.appPool, { accountId }, (tx) => enqueueMail(tx, { accountId, to, message: invitation }));
}

function readMail(id: string, accountId = acme.accountId) {
  return withTenant(t.platform.appPool, { accountId }, (tx) => findMail(tx, id));
}

function setBranding(branding: Record<string, string>) {
  return withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
    tx.query(`update accounts set settings = (settings - 'logoUrl' - 'brandColor') || $2::jsonb where id = $1`, [acme.accountId, JSON.stringify(branding)]));
}

describe('mail delivery', () => {
  it('delivers an enqueued mail as text + html with the action link', async () => {
    const id = await enqueue('anna@example.test');

    await runPendingJobs(t.platform);
    const mail = await instanceSmtp.waitForMail((m) => m.to.includes('anna@example.test'));

    expect(mail.subject).toBe('You are invited to Acme');
    expect(mail.from).toBe('FlowForge <robot@flow.example>');
    expect(mail.raw).toContain('multipart/alternative');
    expect(mail.text).toContain('Accept the invitation: https://flow.example/invitations/abc?token=x&y=1');
    expect(mail.html).toContain('Join &lt;Acme&gt; &amp; friends');
    expect(mail.html).toContain('Acme Inc');
    expect(extractLinks(mail.html ?? '')).toContain('https://flow.example/invitations/abc?token=x&y=1');
    expect(await readMail(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: expect.any(String) });
  });

  it('renders the account logo and brand colour', async () => {
    await setBranding({ logoUrl: '/files/logo.png', brandColor: '#0f766e' });

    const id = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      enqueueMail(tx, { accountId: acme.accountId, to: 'logo@example.test', message: invitation, baseUrl: 'https://flow.example' }));
    const mail = await readMail(id);

    expect(mail?.html).toContain('<img src="https://flow.example/files/logo.png" alt="Acme Inc"');
    expect(mail?.html).toContain('#0f766e');
    await setBranding({});
  });

  it('sends nothing when the transaction that enqueued the mail rolls back', async () => {
    const attempt = withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
      await enqueueMail(tx, { accountId: acme.accountId, to: 'rolled-back@example.test', message: invitation });
      throw new Error('the change failed');
    });

    await expect(attempt).rejects.toThrow('the change failed');
    await runPendingJobs(t.platform);
    expect(instanceSmtp.messages.filter((m) => m.to.includes('rolled-back@example.test'))).toHaveLength(0);
  });

  it('marks a mail failed with the server answer when the server refuses it for good', async () => {
    const id = await enqueue('bounce@example.test');

    await runPendingJobs(t.platform);

    expect(await readMail(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('Mailbox unavailable') });
  });

  it('keeps a mail queued for a retry after a temporary refusal, and fails it on the last attempt', async () => {
    const id = await enqueue('later@example.test');

    await runPendingJobs(t.platform);
    const afterFirst = await readMail(id);
    const last = await deliverMail(t.platform, { payload: { mailId: id, accountId: acme.accountId }, attempt: 8, maxAttempts: 8 });

    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('Try again later') });
    expect(last).toBe('failed');
    expect(await readMail(id)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it("uses the account's own SMTP server (with its login) rather than the instance's", async () => {
    const globex = await signUpUser(t.app, 'Globex');
    await withTenant(t.platform.appPool, { accountId: globex.accountId }, (tx) => upsertEmailConfig(tx, {
      accountId: globex.accountId, host: '127.0.0.1', port: accountSmtp.port, security: 'none', username: 'mailer',
      passwordEncrypted: encryptSecret(smtpPasswordKey(t.platform), 'pä55 word'), fromAddress: 'hello@globex.example',
      fromName: 'Globex Flows', replyTo: 'help@globex.example', enabled: true,
    }));

    await enqueue('bob@example.test', { accountId: globex.accountId });
    await runPendingJobs(t.platform);
    const mail = await accountSmtp.waitForMail((m) => m.to.includes('bob@example.test'));

    expect(mail.from).toBe('Globex Flows <hello@globex.example>');
    expect(mail.auth).toEqual({ username: 'mailer', password: 'pä55 word' });
    expect(mail.raw).toMatch(/^Reply-To: help@globex\.example/m);
    expect(instanceSmtp.messages.some((m) => m.to.includes('bob@example.test'))).toBe(false);
  });
});

describe('mail delivery without any SMTP server', () => {
  let bare: TestApp;
  let user: SignedUpUser;
  beforeAll(async () => {
    bare = await createTestApp();
    user = await signUpUser(bare.app, 'Fresh');
  });
  afterAll(async () => {
    await bare.close();
  });

  it('holds the mail in the outbox, where admins can read it', async () => {
    const id = await withTenant(bare.platform.appPool, { accountId: user.accountId }, (tx) =>
      enqueueMail(tx, { accountId: user.accountId, to: 'carla@example.test', message: invitation }));

    await runPendingJobs(bare.platform);
    const response = await bare.app.inject({ method: 'GET', url: `/api/v1/settings/email/outbox/${id}`, headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, to: 'carla@example.test', status: 'held', attempts: 1, sentAt: null });
    expect(response.json<{ text: string }>().text).toContain('Accept the invitation: https://flow.example/invitations/abc?token=x&y=1');
  });
});
