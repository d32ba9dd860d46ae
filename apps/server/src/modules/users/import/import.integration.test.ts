import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, User } from '@flowforge/contracts';
import { startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { runPendingJobs } from '../../../testing/run-jobs.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { joinAccount } from '../user-fixtures.ts';

let t: TestApp;
let capture: SmtpCapture;
let acme: SignedUpUser;
let globex: SignedUpUser;
let stamp: string;

const mapping = { email: 'E-Mail', name: 'Name', roles: 'Rollen', externalId: 'Personalnummer', status: 'Status', department: 'Abteilung', title: 'Titel' };
const header = 'E-Mail;Name;Rollen;Personalnummer;Status;Abteilung;Titel';

function post(url: string, payload: Record<string, unknown>, who: SignedUpUser = acme) {
  return t.app.inject({ method: 'POST', url: `/api/v1/users${url}`, headers: who.headers, payload });
}

async function countMembers(accountId: string): Promise<number> {
  return withTenant(t.platform.appPool, { accountId }, async (tx) =>
    Number((await tx.query<{ n: string }>('select count(*) as n from memberships where account_id = $1', [accountId])).rows[0]?.n));
}

beforeAll(async () => {
  capture = await startSmtpCapture();
  t = await createTestApp({ smtpUrl: capture.url });
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  stamp = Date.now().toString(36);
});
afterAll(async () => {
  await t.close();
  await capture.close();
});

describe('POST /api/v1/users/import/preview', () => {
  it('returns the columns, a sample and a suggested mapping', async () => {
    const response = await post('/import/preview', { csv: `\uFEFF${header}\nada@example.com;Ada;;;;;\n` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      columns: header.split(';'), delimiter: ';', rows: 1, sample: [['ada@example.com', 'Ada', '', '', '', '', '']],
      suggestedMapping: { email: 'E-Mail', name: 'Name', roles: 'Rollen', externalId: 'Personalnummer', status: 'Status', department: 'Abteilung', title: 'Titel' },
    });
  });
});

describe('POST /api/v1/users/import', () => {
  it('applies nothing when any row is invalid and reports every bad row', async () => {
    const csv = [header, `ok-${stamp}@example.com;Ok;;;;;`, 'broken;X;;;;;', `${acme.email};Me;;;;;`, `x-${stamp}@example.com;X;Wizard;;later;;`].join('\n');
    const before = await countMembers(acme.accountId);

    const dry = await post('/import', { csv, mapping, dryRun: true });
    const real = await post('/import', { csv, mapping });

    expect(dry.statusCode).toBe(200);
    expect(dry.json<ImportReport>()).toMatchObject({
      columns: header.split(';'), rows: 4, valid: 1,
      errors: [
        { row: 3, column: 'E-Mail' },
        { row: 4, column: 'E-Mail', message: `${acme.email} is already a member of this account.` },
        { row: 5, column: 'Rollen', message: 'Unknown role: Wizard.' },
        { row: 5, column: 'Status' },
      ],
      preview: [{ row: 2, email: `ok-${stamp}@example.com`, roles: ['Member'], status: 'pending', isNewPerson: true }],
    });
    expect(real.statusCode).toBe(422);
    expect(real.json()).toMatchObject({
      code: 'unprocessable', detail: expect.stringContaining('3 of 4 rows have problems'),
      errors: [{ pointer: '/rows/3/E-Mail' }, { pointer: '/rows/4/E-Mail' }, { pointer: '/rows/5/Rollen' }, { pointer: '/rows/5/Status' }],
    });
    expect(await countMembers(acme.accountId)).toBe(before);
  });

  it('imports every row in one go, invites the pending ones and audits it', async () => {
    const existing = await signUpUser(t.app, 'Existing');
    const csv = [
      header,
      `new1-${stamp}@example.com;Nora New;Admin|Viewer;P-1;;Sales;Lead`,
      `new2-${stamp}@example.com;;;P-2;active;;`,
      `${existing.email.toUpperCase()};Ignored Name;;;;;`,
    ].join('\r\n');

    const response = await post('/import', { csv, mapping, sendInvites: true });

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ created: 3, invited: 2 });
    const page = (await t.app.inject({ method: 'GET', url: `/api/v1/users?q=${stamp}&limit=10`, headers: acme.headers })).json<{ items: User[] }>();
    expect(page.items.map((u) => [u.name, u.status, u.roles.map((r) => r.name), u.externalId, u.profile])).toEqual([
      [`new2-${stamp}`, 'active', ['Member'], 'P-2', {}],
      ['Nora New', 'pending', ['Admin', 'Viewer'], 'P-1', { department: 'Sales', title: 'Lead' }],
    ]);
    const known = await t.app.inject({ method: 'GET', url: `/api/v1/users/${existing.userId}`, headers: acme.headers });
    expect(known.json()).toMatchObject({ name: 'Existing', status: 'pending' });
    await runPendingJobs(t.platform);
    const recipients = capture.messages.flatMap((mail) => mail.to);
    expect(recipients).toEqual(expect.arrayContaining([`new1-${stamp}@example.com`, existing.email]));
    expect(recipients).not.toContain(`new2-${stamp}@example.com`);
    const actions = await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) =>
      (await tx.query<{ action: string }>(`select action from audit_logs where action in ('user.imported', 'user.created')`)).rows.map((r) => r.action));
    expect(actions.filter((a) => a === 'user.imported')).toHaveLength(1);
    expect(actions.filter((a) => a === 'user.created')).toHaveLength(3);
  });

  it.each([
    [{ csv: 'email\na@example.com', mapping: { email: 'E-Mail' } }, '/mapping/email'],
    [{ csv: 'email\n"broken', mapping: { email: 'email' } }, '/csv'],
    [{ csv: 'email\n', mapping: { email: 'email' } }, '/csv'],
    [{ csv: 'email\na@example.com' }, '/mapping'],
    [{ csv: 'email\na@example.com', mapping: { email: 'email', shoeSize: 'x' } }, '/mapping'],
  ])('rejects %j with a 400 pointing at %s', async (payload, pointer) => {
    const response = await post('/import', payload);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [expect.objectContaining({ pointer })] });
  });

  it('accepts a 5 MB file but not a larger body', async () => {
    const tooLarge = `email\n${'a'.repeat(9 * 1024 * 1024)}`;

    const response = await post('/import', { csv: tooLarge, mapping: { email: 'email' }, dryRun: true });

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload-too-large' });
  });

  it('keeps tenants apart: a member of another account is new here', async () => {
    const viewer = await joinAccount(t, await signUpUser(t.app, 'Vic'), { accountId: globex.accountId, role: 'viewer' });

    const dry = await post('/import', { csv: `email\n${viewer.email}`, mapping: { email: 'email' }, dryRun: true });

    expect(dry.json()).toMatchObject({ valid: 1, errors: [], preview: [{ email: viewer.email, isNewPerson: false }] });
  });
});
