// Admin settings and the audit log against the real server: an owner switches a module off and its
// navigation entry disappears, sets the security policy (with per-line allowlist errors), adds a
// custom domain and a retention, then filters the audit log by action, opens an entry and exports
// the filtered log as CSV. axe runs on every tab and on the audit page.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { openPage, signUp } = useJourney();

const admin = uniqueUser('hedy', { name: 'Hedy Lamarr', password: 'frequency-hopping-1942', accountName: 'Spread Spectrum' });

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** Clicks Save in the open tab and waits until the server has stored the section. */
async function save(page: Page, section: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/api/v1/settings/${section}`) && response.request().method() === 'PUT' && response.ok()),
    page.getByRole('tabpanel').getByRole('button', { name: 'Save changes' }).click(),
  ]);
}

it('lets an owner change the account settings and read and export the audit log', async () => {
  const page = await openPage();
  await signUp(page, admin);

  await nav(page).getByRole('link', { name: 'Account settings' }).click();
  await waitForHeading(page, 'Account settings');
  await page.getByLabel('Account name').waitFor();
  expect(await page.getByLabel('Account name').inputValue()).toBe(admin.accountName);
  await expectNoSeriousA11yViolations(page);

  // Features: switching the audit log off removes it from the navigation; switching it on brings it back.
  await openTab(page, 'Features');
  await expectNoSeriousA11yViolations(page);
  await nav(page).getByRole('link', { name: 'Audit log' }).waitFor();
  await page.getByRole('checkbox', { name: 'Audit log' }).uncheck();
  await save(page, 'features');
  await nav(page).getByRole('link', { name: 'Audit log' }).waitFor({ state: 'detached' });
  await page.getByRole('checkbox', { name: 'Audit log' }).check();
  await save(page, 'features');
  await nav(page).getByRole('link', { name: 'Audit log' }).waitFor();

  // Security: an invalid allowlist line is named before anything is sent, then the policy is saved.
  await openTab(page, 'Security');
  await page.getByLabel('Minimum length').waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Minimum length').fill('12');
  await page.getByLabel('Session timeout').selectOption({ label: 'After 8 hours' });
  await page.getByRole('button', { name: 'Add my address' }).click();
  const allowlist = page.getByLabel('IP allowlist');
  await allowlist.fill(`${await allowlist.inputValue()}\nintranet`);
  await page.getByText('Line 2 is not an IP address or CIDR range.').waitFor();
  await expectNoSeriousA11yViolations(page);
  await allowlist.fill((await allowlist.inputValue()).replace('intranet', '10.0.0.0/8'));
  await save(page, 'security');
  await page.getByText('Settings saved').first().waitFor();

  await page.reload();
  await openTab(page, 'Security');
  await page.getByLabel('Minimum length').waitFor();
  expect(await page.getByLabel('Minimum length').inputValue()).toBe('12');
  expect(await page.getByLabel('IP allowlist').inputValue()).toMatch(/^127\.0\.0\.1\/32\n10\.0\.0\.0\/8$/);

  // Domains: add one and see the TXT record to create.
  await openTab(page, 'Domains');
  await page.getByText('No custom domains').waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Domain', { exact: true }).fill('workflows.spread-spectrum.example');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await page.getByText('_flowforge-challenge.workflows.spread-spectrum.example').waitFor();
  await page.getByText('Waiting for verification').waitFor();
  await expectNoSeriousA11yViolations(page);

  // Audit retention.
  await openTab(page, 'Audit retention');
  await page.getByLabel('Keep entries for (days)').fill('400');
  await save(page, 'audit');
  await expectNoSeriousA11yViolations(page);

  // The audit log, filtered by action prefix; the filter is kept in the URL.
  await nav(page).getByRole('link', { name: 'Audit log' }).click();
  await waitForHeading(page, 'Audit log');
  await page.getByRole('cell', { name: 'account.created' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Action').fill('settings.*');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/action=settings\.\*/);
  await page.getByRole('cell', { name: 'settings.security-updated' }).waitFor();
  await page.getByRole('cell', { name: 'account.created' }).waitFor({ state: 'detached' });
  expect(await page.getByRole('cell', { name: 'settings.features-updated' }).count()).toBe(2);
  await expectNoSeriousA11yViolations(page);

  // Details: the change of the security policy, field by field.
  await page.getByRole('button', { name: 'settings.security-updated' }).click();
  const drawer = page.getByRole('dialog', { name: 'Audit entry' });
  await drawer.getByRole('rowheader', { name: /passwordMinLength/ }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await drawer.getByRole('button', { name: 'Close' }).click();

  // Export: the CSV holds the filtered entries only.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(download.suggestedFilename()).toMatch(/^audit-log-spread-spectrum-.*\.csv$/);
  expect(rows[0]).toBe('createdAt,action,resourceType,resourceId,actorId,actorName,actorEmail,ip,requestId,before,after,id');
  expect(rows.slice(1).map((row) => row.split(',')[1]).sort()).toEqual([
    'settings.audit-updated', 'settings.features-updated', 'settings.features-updated', 'settings.security-updated',
  ]);
  expect(csv).toContain(admin.email);
});
