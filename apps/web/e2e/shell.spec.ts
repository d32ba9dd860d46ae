// The web shell's main journey against the real server and PostgreSQL: sign up, change theme and
// language, sign out, sign in from a fresh browser, and find both preferences kept by the server.
// axe runs on every page in every theme the journey shows it in.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp: signUpAs } = useJourney();

const user = uniqueUser('ada', { name: 'Ada Lovelace', password: 'analytical-engine-1843', accountName: 'Difference Engines' });

async function readTheme(page: Page): Promise<{ isDark: boolean; lang: string }> {
  return page.evaluate(() => ({
    isDark: document.documentElement.classList.contains('dark'),
    lang: document.documentElement.lang,
  }));
}

/** Runs the action and waits until the server has stored the preference it changes. */
async function changePreference(page: Page, action: () => Promise<void>): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/v1/me/preferences') && response.ok()),
    action(),
  ]);
}

function signUp(page: Page, who = user): Promise<void> {
  return signUpAs(page, who);
}

it('redirects a signed-out visitor of an app page to sign-in, keeping where they were going', async () => {
  const page = await openPage();

  await page.goto(`${baseUrl()}/settings`);

  await page.waitForURL(/\/sign-in\?redirect=%2Fsettings$/);
  await waitForHeading(page, 'Sign in to FlowForge');
});

it('keeps theme and language on the server across sign-out and sign-in', async () => {
  const page = await openPage();
  await signUp(page);
  expect(await readTheme(page)).toEqual({ isDark: false, lang: 'en' });
  await page.getByText(user.accountName).first().waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await waitForHeading(page, 'Settings');
  await page.getByText(user.email).first().waitFor();
  await expectNoSeriousA11yViolations(page);

  await changePreference(page, () => page.getByRole('radio', { name: 'Dark' }).check());
  expect((await readTheme(page)).isDark).toBe(true);
  await expectNoSeriousA11yViolations(page);

  await changePreference(page, async () => {
    await page.getByLabel('Language').selectOption('de');
  });
  await waitForHeading(page, 'Einstellungen');
  expect(await readTheme(page)).toEqual({ isDark: true, lang: 'de' });

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Startseite' }).click();
  await waitForHeading(page, `Willkommen, ${user.name}`);
  await expectNoSeriousA11yViolations(page);

  // The owner sees the audit log, with the changes just made.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Audit-Protokoll' }).click();
  await waitForHeading(page, 'Audit-Protokoll');
  await page.getByRole('cell', { name: 'user.preferences-updated' }).first().waitFor();
  await page.getByRole('cell', { name: 'account.created' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: `Benutzermenü für ${user.name}` }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await page.waitForURL(`${baseUrl()}/sign-in`);
  await waitForHeading(page, 'Bei FlowForge anmelden');
  await expectNoSeriousA11yViolations(page);

  // A fresh browser knows nothing of this user: what comes back after sign-in is the server's.
  const freshPage = await openPage();
  await freshPage.goto(`${baseUrl()}/sign-in`);
  await waitForHeading(freshPage, 'Sign in to FlowForge');
  expect(await readTheme(freshPage)).toEqual({ isDark: false, lang: 'en' });
  await expectNoSeriousA11yViolations(freshPage);

  await freshPage.getByLabel('E-mail').fill(user.email);
  await freshPage.getByLabel('Password').fill('not-the-password');
  await freshPage.getByRole('button', { name: 'Sign in' }).click();
  await freshPage.getByRole('alert').getByText('The e-mail or password is wrong.', { exact: false }).waitFor();

  await freshPage.getByLabel('Password').fill(user.password);
  await freshPage.getByRole('button', { name: 'Sign in' }).click();
  await freshPage.waitForURL(`${baseUrl()}/`);
  await waitForHeading(freshPage, `Willkommen, ${user.name}`);
  expect(await readTheme(freshPage)).toEqual({ isDark: true, lang: 'de' });
  await expectNoSeriousA11yViolations(freshPage);
});

it('creates a second account from the switcher and switches between the two', async () => {
  const page = await openPage();
  const grace = { ...user, name: 'Grace Hopper', email: `grace.${user.email}`, accountName: 'Navy Labs' };
  await signUp(page, grace);

  await page.getByRole('button', { name: 'Switch account, current: Navy Labs' }).click();
  await page.getByRole('menuitem', { name: 'New account…' }).click();
  await page.getByRole('dialog', { name: 'Create an account' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Team or company name').fill('Side Project');
  await page.getByRole('dialog').getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Switch account, current: Side Project' }).waitFor();

  await page.getByRole('button', { name: 'Switch account, current: Side Project' }).click();
  await page.getByRole('menuitemradio', { name: 'Navy Labs' }).click();
  await page.getByRole('button', { name: 'Switch account, current: Navy Labs' }).waitFor();
  await page.getByText('You are working in Navy Labs.').waitFor();
});

it('changes the password in Settings and signs the other devices out', async () => {
  const laptop = await openPage();
  const phone = await openPage();
  const linus = uniqueUser('linus', { name: 'Linus Pauling', password: 'vitamin-c-1970', accountName: 'Chemistry' });
  await signUp(laptop, linus);
  await phone.goto(`${baseUrl()}/sign-in`);
  await phone.getByLabel('E-mail').fill(linus.email);
  await phone.getByLabel('Password').fill(linus.password);
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await waitForHeading(phone, `Welcome, ${linus.name}`);

  await laptop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await waitForHeading(laptop, 'Settings');
  const sessions = laptop.getByRole('table', { name: 'Active sessions' });
  await sessions.getByText('This device').waitFor();
  expect(await sessions.getByRole('row').count()).toBe(3); // header + laptop + phone
  await expectNoSeriousA11yViolations(laptop);

  await laptop.getByLabel('Current password').fill('not the password');
  await laptop.getByLabel('New password').fill('a brand new passphrase');
  await laptop.getByRole('button', { name: 'Change password' }).click();
  await laptop.getByText('The current password is wrong.').waitFor();
  await laptop.getByLabel('Current password').fill(linus.password);
  await laptop.getByRole('button', { name: 'Change password' }).click();
  await laptop.getByText('Your password was changed').waitFor();

  await phone.reload();
  await phone.waitForURL(/\/sign-in/);
  await phone.getByLabel('E-mail').fill(linus.email);
  await phone.getByLabel('Password').fill('a brand new passphrase');
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await waitForHeading(phone, `Welcome, ${linus.name}`);
});
