// Second factors in Chromium against the real server: TOTP set up in My settings (the code
// computed with otpauth from the setup key the page shows, as an authenticator app would), then
// signing in with password + code and with a recovery code; and a passkey registered and used
// through Chromium's virtual authenticator (DevTools protocol, WebAuthn domain).
import { readFile } from 'node:fs/promises';
import * as OTPAuth from 'otpauth';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading, type JourneyUser } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await waitForHeading(page, 'Settings');
}

async function signOut(page: Page, who: JourneyUser): Promise<void> {
  await page.getByRole('button', { name: `User menu for ${who.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await waitForHeading(page, 'Sign in to FlowForge');
}

/** Sets TOTP up through the API, as the settings page would; returns the authenticator. */
async function enrolThroughApi(page: Page, who: JourneyUser): Promise<OTPAuth.TOTP> {
  const headers = { origin: baseUrl() };
  const enabled = await page.request.post(`${baseUrl()}/api/auth/two-factor/enable`, { headers, data: { password: who.password } });
  const totp = OTPAuth.URI.parse((await enabled.json() as { totpURI: string }).totpURI) as OTPAuth.TOTP;
  await page.request.post(`${baseUrl()}/api/auth/two-factor/verify-totp`, { headers, data: { code: totp.generate() } });
  return totp;
}

/** Fills the set-up steps (password, then the code for the shown key) up to the recovery codes. */
async function enrolInPage(page: Page, scope: Locator | Page, who: JourneyUser): Promise<OTPAuth.TOTP> {
  await scope.getByLabel('Password', { exact: true }).fill(who.password);
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.getByRole('img', { name: 'QR code that adds FlowForge to your authenticator app' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  const secret = (await scope.getByTestId('totp-secret').textContent() ?? '').replace(/\s/g, '');
  const authenticator = new OTPAuth.TOTP({ issuer: 'FlowForge', label: who.email, secret: OTPAuth.Secret.fromBase32(secret) });
  await scope.getByLabel('Six-digit code').fill(authenticator.generate());
  await scope.getByRole('button', { name: 'Verify' }).click();
  await scope.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  return authenticator;
}

async function enterPassword(page: Page, who: JourneyUser): Promise<void> {
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

it('sets up TOTP in settings, then signs in with password and code, and with a recovery code', async () => {
  const page = await openPage();
  const ada = uniqueUser('ada', { name: 'Ada Lovelace', password: 'analytical-engine-1843', accountName: 'Difference Engines' });
  await signUp(page, ada);
  await openSettings(page);
  const card = page.getByRole('region', { name: 'Two-factor authentication' });
  await card.getByText('Off', { exact: true }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await card.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  const authenticator = await enrolInPage(page, card, ada);

  const codes = await card.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download .txt' }).click()]);
  const file = await readFile(await download.path(), 'utf8');
  await expectNoSeriousA11yViolations(page);
  await card.getByLabel('I have saved my recovery codes').check();
  await card.getByRole('button', { name: 'Done' }).click();
  await card.getByText('On', { exact: true }).waitFor();
  expect(codes).toHaveLength(10);
  expect(download.suggestedFilename()).toBe('flowforge-recovery-codes.txt');
  expect(file).toContain(`FlowForge recovery codes for ${ada.email}`);
  expect(file).toContain(codes[0]);

  await signOut(page, ada);
  await enterPassword(page, ada);
  await waitForHeading(page, 'Two-factor authentication');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Six-digit code').fill(authenticator.generate({ timestamp: Date.now() + 10 * 60_000 }));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await page.getByText('That code is not right.', { exact: false }).waitFor();
  await page.getByLabel('Six-digit code').fill(authenticator.generate());
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await page.waitForURL(`${baseUrl()}/`);
  await waitForHeading(page, `Welcome, ${ada.name}`);

  await signOut(page, ada);
  await enterPassword(page, ada);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0] ?? '');
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await waitForHeading(page, `Welcome, ${ada.name}`);
});

it('registers a passkey with a virtual authenticator and signs in with it', async () => {
  const page = await openPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  const grace = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-a0-1952', accountName: 'Navy Labs' });
  await signUp(page, grace);
  await openSettings(page);
  const card = page.getByRole('region', { name: 'Passkeys' });
  await card.getByText('No passkeys yet').waitFor();

  await card.getByRole('button', { name: 'Add a passkey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a passkey' });
  await dialog.getByLabel('Name').fill('Work laptop');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Add a passkey' }).click();
  await card.getByRole('cell', { name: 'Work laptop', exact: true }).waitFor();
  await card.getByRole('cell', { name: 'Not yet', exact: true }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await card.getByRole('button', { name: 'Rename Work laptop' }).click();
  await page.getByRole('dialog', { name: 'Rename the passkey' }).getByLabel('Name').fill('Laptop');
  await page.getByRole('dialog', { name: 'Rename the passkey' }).getByRole('button', { name: 'Save' }).click();
  await card.getByRole('cell', { name: 'Laptop', exact: true }).waitFor();

  await signOut(page, grace);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await page.waitForURL(`${baseUrl()}/`);
  await waitForHeading(page, `Welcome, ${grace.name}`);

  await openSettings(page);
  const used = page.getByRole('region', { name: 'Passkeys' }).getByRole('row', { name: /Laptop/ });
  await used.getByRole('cell', { name: 'Laptop', exact: true }).waitFor();
  expect(await used.getByRole('cell', { name: 'Not yet', exact: true }).count()).toBe(0);
});

it('sends a user whose account requires MFA to the set-up page until they have set it up', async () => {
  const page = await openPage();
  const linus = uniqueUser('linus', { name: 'Linus Pauling', password: 'vitamin-c-1970', accountName: 'Chemistry' });
  await signUp(page, linus);
  // The owner may require MFA only with a second factor of their own; then they drop theirs.
  await enrolThroughApi(page, linus);
  const policy = await (await page.request.get(`${baseUrl()}/api/v1/settings/security`)).json() as Record<string, unknown>;
  const required = await page.request.put(`${baseUrl()}/api/v1/settings/security`, {
    headers: { origin: baseUrl() },
    data: { passwordMinLength: policy.passwordMinLength, checkBreachedPasswords: policy.checkBreachedPasswords, sessionTimeoutMinutes: policy.sessionTimeoutMinutes, ipAllowlist: policy.ipAllowlist, requireMfa: true },
  });
  expect(required.status()).toBe(200);
  const disabled = await page.request.post(`${baseUrl()}/api/auth/two-factor/disable`, { headers: { origin: baseUrl() }, data: { password: linus.password } });
  expect(disabled.status()).toBe(200);

  await page.goto(`${baseUrl()}/settings`);
  await page.waitForURL(`${baseUrl()}/mfa-setup`);
  await waitForHeading(page, 'Set up two-factor authentication');
  await expectNoSeriousA11yViolations(page);
  await enrolInPage(page, page, linus);
  await page.getByLabel('I have saved my recovery codes').check();
  await page.getByRole('button', { name: 'Continue to FlowForge' }).click();

  await page.waitForURL(`${baseUrl()}/`);
  await waitForHeading(page, `Welcome, ${linus.name}`);
});
