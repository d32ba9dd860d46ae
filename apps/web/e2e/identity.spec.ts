// The identity journey end to end, with real mail: an admin invites a person from Admin › Users; the
// server's worker sends the invitation over SMTP to a capture on loopback; the person follows the
// link in the received e-mail, chooses a password, sets up TOTP in My settings, signs out and signs
// in again with password and a code from their authenticator.
import * as OTPAuth from 'otpauth';
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, extractLinks, startSmtpCapture, type SmtpCapture } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading, type JourneyUser } from './support/journey';

let capture: SmtpCapture | undefined;
const { baseUrl, openPage, signUp } = useJourney({
  serverEnv: async () => {
    capture = await startSmtpCapture();
    return { SMTP_URL: capture.url, MAIL_FROM: 'FlowForge <no-reply@flowforge.test>', WORKERS: '1' };
  },
});
afterAll(() => capture?.close());

const admin = uniqueUser('hedy', { name: 'Hedy Lamarr', password: 'frequency-hopping-1942', accountName: 'Spread Spectrum' });
const invitee = uniqueUser('mary', { name: 'Mary Jackson', password: 'wind-tunnel-1958', accountName: '' });

async function signOut(page: Page, who: JourneyUser): Promise<void> {
  await page.getByRole('button', { name: `User menu for ${who.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await waitForHeading(page, 'Sign in to FlowForge');
}

async function invite(page: Page, email: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await waitForHeading(page, 'Users');
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`Invitation sent to ${email}`).waitFor();
}

async function enrolTotp(page: Page, who: JourneyUser): Promise<OTPAuth.TOTP> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await waitForHeading(page, 'Settings');
  const card = page.getByRole('region', { name: 'Two-factor authentication' });
  await card.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await card.getByLabel('Password', { exact: true }).fill(who.password);
  await card.getByRole('button', { name: 'Continue' }).click();
  await card.getByRole('img', { name: 'QR code that adds FlowForge to your authenticator app' }).waitFor();
  const secret = (await card.getByTestId('totp-secret').textContent() ?? '').replace(/\s/g, '');
  const authenticator = new OTPAuth.TOTP({ issuer: 'FlowForge', label: who.email, secret: OTPAuth.Secret.fromBase32(secret) });
  await card.getByLabel('Six-digit code').fill(authenticator.generate());
  await card.getByRole('button', { name: 'Verify' }).click();
  await card.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  await card.getByLabel('I have saved my recovery codes').check();
  await card.getByRole('button', { name: 'Done' }).click();
  await card.getByText('On', { exact: true }).waitFor();
  return authenticator;
}

it('invites by e-mail; the invitee joins from the mail, sets up TOTP and signs in with it', async () => {
  const page = await openPage();
  await signUp(page, admin);
  await invite(page, invitee.email);

  const mail = await capture?.waitForMail((message) => message.to.includes(invitee.email), 30_000);
  expect(mail?.subject).toContain(admin.accountName);
  expect(mail?.html).toContain(admin.accountName);
  const link = extractLinks(mail?.text ?? '').find((url) => url.includes('/invite/'));
  if (!link) throw new Error(`no invitation link in the mail:\n${mail?.text ?? ''}`);

  const guest = await openPage();
  await guest.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()));
  await waitForHeading(guest, `Join ${admin.accountName}`);
  await guest.getByLabel('Your name').fill(invitee.name);
  await guest.getByLabel('Password').fill(invitee.password);
  await guest.getByRole('button', { name: 'Join and sign in' }).click();
  await waitForHeading(guest, `Welcome, ${invitee.name}`);

  const authenticator = await enrolTotp(guest, invitee);
  await expectNoSeriousA11yViolations(guest);
  await signOut(guest, invitee);

  await guest.getByLabel('E-mail').fill(invitee.email);
  await guest.getByLabel('Password').fill(invitee.password);
  await guest.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForHeading(guest, 'Two-factor authentication');
  await guest.getByLabel('Six-digit code').fill(authenticator.generate());
  await guest.getByRole('button', { name: 'Verify and sign in' }).click();
  await waitForHeading(guest, `Welcome, ${invitee.name}`);
  await guest.getByText(`You are working in ${admin.accountName}.`).waitFor();
});
