// Admin → E-mail in Chromium against the real server: a fresh account holds its mails, the admin
// points the account at an SMTP server (a capture started by this test), sends a test e-mail that
// the capture receives, and reads it in the outbox.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { openPage, signUp } = useJourney();
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(async () => {
  await smtp.close();
});

it('saves SMTP settings, sends a test e-mail the server receives and shows it in the outbox', async () => {
  const page = await openPage();
  const grace = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-a0-1952', accountName: 'Cobol Works' });
  await signUp(page, grace);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'E-mail' }).click();
  await waitForHeading(page, 'E-mail');
  await page.getByText('E-mails are held here until SMTP is set up').waitFor();
  await page.getByText('No e-mails yet').waitFor();
  await expectNoSeriousA11yViolations(page);

  const form = page.getByRole('region', { name: 'SMTP server' });
  await form.getByLabel('Host', { exact: true }).fill('127.0.0.1');
  await form.getByLabel('Security').selectOption({ label: 'None (unencrypted, local relays only)' });
  await form.getByLabel('Port', { exact: true }).fill(String(smtp.port));
  await form.getByLabel('Sender name').fill('Cobol Flows');
  await form.getByLabel('Sender address').fill('flows@cobol.example');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('E-mail settings saved').waitFor();
  await page.getByText('E-mails go out through your SMTP server').waitFor();

  await page.getByRole('button', { name: 'Send test e-mail' }).click();
  await page.getByText(`Test e-mail sent to ${grace.email}`).waitFor();
  const mail = await smtp.waitForMail((m) => m.to.includes(grace.email));
  expect(mail.subject).toBe('FlowForge test e-mail');
  expect(mail.from).toBe('Cobol Flows <flows@cobol.example>');
  expect(mail.html).toContain('Cobol Works');
  expect(mail.text).toContain('Your e-mail settings work');

  await page.getByRole('button', { name: `Open the e-mail to ${grace.email}: FlowForge test e-mail` }).click();
  const dialog = page.getByRole('dialog', { name: `E-mail to ${grace.email}` });
  await dialog.getByTitle('Formatted view of the e-mail').waitFor();
  await dialog.getByRole('tab', { name: 'Plain text' }).click();
  await dialog.getByText('Your e-mail settings work').waitFor();
  await expectNoSeriousA11yViolations(page);
});
