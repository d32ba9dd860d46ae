// Users journey against the real server: an admin invites a person by e-mail from Admin › Users;
// the invitation link (read from the account's mail outbox, as the server has no workers here) is
// opened in a second browser, where the person chooses name and password and lands in the app;
// the admin then sees them active. Also the CSV import wizard with a bad and a good file. axe runs
// on the users page, its dialogs and the invitation page.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

const admin = uniqueUser('hedy', { name: 'Hedy Lamarr', password: 'frequency-hopping-1942', accountName: 'Spread Spectrum' });
const invitee = uniqueUser('katherine', { name: 'Katherine Johnson', password: 'orbital-mechanics-1962', accountName: '' });

type OutboxPage = { items: { id: string; to: string }[] };

/** The accept link of the newest invitation mail to `email`, read through the outbox API as the admin. */
async function readInvitationLink(page: Page, email: string): Promise<string> {
  const list = await page.request.get(`${baseUrl()}/api/v1/settings/email/outbox?limit=50`);
  const mail = ((await list.json()) as OutboxPage).items.find((item) => item.to === email);
  if (!mail) throw new Error(`no mail to ${email} in the outbox`);
  const full = (await (await page.request.get(`${baseUrl()}/api/v1/settings/email/outbox/${mail.id}`)).json()) as { text: string };
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(full.text)?.[0];
  if (!link) throw new Error(`no invitation link in:\n${full.text}`);
  return link;
}

async function openUsers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await waitForHeading(page, 'Users');
  await page.getByRole('table', { name: 'Users' }).waitFor();
}

function userRow(page: Page, text: string) {
  return page.getByRole('row').filter({ hasText: text });
}

it('invites a person who sets a password in another browser and shows up as active', async () => {
  const page = await openPage();
  await signUp(page, admin);
  await openUsers(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('E-mail').fill('not-an-address');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.getByText('Enter an e-mail address such as name@example.com.').waitFor();
  await dialog.getByLabel('E-mail').fill(invitee.email);
  await dialog.getByRole('checkbox', { name: 'Viewer' }).check();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`Invitation sent to ${invitee.email}`).waitFor();
  await userRow(page, invitee.email).getByText('Invited').waitFor();

  const link = await readInvitationLink(page, invitee.email);
  const guest = await openPage();
  await guest.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()));
  await waitForHeading(guest, `Join ${admin.accountName}`);
  await expectNoSeriousA11yViolations(guest);
  await guest.getByLabel('Your name').fill(invitee.name);
  await guest.getByLabel('Password').fill('short');
  await guest.getByRole('button', { name: 'Join and sign in' }).click();
  await guest.getByText('Use at least 8 characters.').waitFor();
  await guest.getByLabel('Password').fill(invitee.password);
  await guest.getByRole('button', { name: 'Join and sign in' }).click();
  await guest.waitForURL(`${baseUrl()}/`);
  await waitForHeading(guest, `Welcome, ${invitee.name}`);
  await guest.getByText(`You are working in ${admin.accountName}.`).waitFor();

  await page.reload();
  await waitForHeading(page, 'Users');
  const row = userRow(page, invitee.email);
  await row.getByText('Active').waitFor();
  await row.getByText(invitee.name).waitFor();
  expect(await row.getByText('Viewer').count()).toBe(1);

  // The used link does not work a second time.
  const again = await openPage();
  await again.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()));
  await waitForHeading(again, 'This invitation link does not work');
  await expectNoSeriousA11yViolations(again);
});

it('edits a user in the drawer and imports people from a CSV file after fixing it', async () => {
  const page = await openPage();
  const owner = uniqueUser('ada', { name: 'Ada Lovelace', password: 'analytical-engine-1843', accountName: 'Engines' });
  await signUp(page, owner);
  await openUsers(page);

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import users from CSV' });
  const bad = 'E-Mail;Name;Rollen\nbabbage@example.com;Charles Babbage;Wizard\nnot-an-email;Nobody;\n';
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await dialog.getByLabel('E-mail', { exact: true }).waitFor();
  expect(await dialog.getByLabel('E-mail', { exact: true }).inputValue()).toBe('E-Mail');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByText('2 problem(s) in 2 rows').waitFor();
  await dialog.getByRole('cell', { name: 'Unknown role: Wizard.' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  const good = 'E-Mail;Name;Rollen\nbabbage@example.com;Charles Babbage;Viewer\nsomerville@example.com;Mary Somerville;Member|Viewer\n';
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByText('All 2 rows can be imported.').waitFor();
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await dialog.getByText('Imported 2 people').waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await userRow(page, 'somerville@example.com').getByText('Invited').waitFor();

  await page.getByRole('button', { name: 'Charles Babbage' }).click();
  const drawer = page.getByRole('dialog', { name: 'Charles Babbage' });
  await drawer.getByLabel('Job title').fill('Inventor');
  await expectNoSeriousA11yViolations(page);
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved Charles Babbage').waitFor();

  await page.getByLabel('Search', { exact: true }).fill('somerville');
  await expect.poll(async () => page.getByRole('row').count()).toBe(2);
  await page.getByRole('button', { name: 'Mary Somerville' }).click();
  await page.getByRole('dialog', { name: 'Mary Somerville' }).getByRole('button', { name: 'Remove from account' }).click();
  const confirm = page.getByRole('dialog', { name: `Remove Mary Somerville from ${owner.accountName}?` });
  await confirm.getByRole('button', { name: 'Remove from account' }).click();
  await page.getByRole('heading', { name: 'No one matches' }).waitFor();
});
