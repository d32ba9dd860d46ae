// Admin › Service accounts against the real server: an owner creates a service account and an API
// key in the UI, copies the key from the page and calls the API with it; revokes it; then creates
// an OAuth client and exchanges its credentials for an access token. axe runs on every screen.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

const owner = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-a0-1952', accountName: 'Cobol Works' });

async function readSecret(page: Page, label: string): Promise<string> {
  return page.getByRole('dialog').getByLabel(label, { exact: true }).inputValue();
}

it('creates a service account and an API key that works against the API until it is revoked', async () => {
  const page = await openPage();
  await signUp(page, owner);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service accounts' }).click();
  await waitForHeading(page, 'Service accounts');
  await page.getByRole('heading', { name: 'No service accounts yet' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'New service account' }).first().click();
  await page.getByRole('dialog').getByLabel('Name').fill('Nightly export');
  await page.getByRole('dialog').getByLabel('Description').fill('Copies invoices to the data warehouse');
  await page.getByRole('dialog').getByLabel('Rate limit').selectOption('custom');
  await page.getByRole('dialog').getByLabel('Requests per minute').fill('120');
  await page.getByRole('dialog').getByLabel('Burst').fill('20');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Create service account' }).click();
  await waitForHeading(page, 'Nightly export');
  await page.getByRole('heading', { name: 'No API keys' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Key name').fill('Warehouse loader');
  await dialog.getByRole('checkbox', { name: /account:read$/ }).check();
  await dialog.getByLabel('Allowed IP addresses').fill('127.0.0.1\n::1');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await page.getByText('Copy it now: it will not be shown again').waitFor();
  const key = await readSecret(page, 'API key');
  expect(key).toMatch(/^ffk_[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('cell', { name: 'Warehouse loader', exact: true }).waitFor();

  const account = await fetch(`${baseUrl()}/api/v1/account`, { headers: { 'x-api-key': key } });
  expect(account.status).toBe(200);
  expect(await account.json()).toMatchObject({ name: owner.accountName });
  const audit = await fetch(`${baseUrl()}/api/v1/audit-logs`, { headers: { 'x-api-key': key } });
  expect(audit.status).toBe(403);

  await page.reload();
  await page.getByRole('cell', { name: 'Warehouse loader', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Revoke API key Warehouse loader' }).click();
  await page.getByRole('heading', { name: 'Revoke API key Warehouse loader?' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('cell', { name: 'Revoked', exact: true }).waitFor();

  const afterRevoke = await fetch(`${baseUrl()}/api/v1/account`, { headers: { 'x-api-key': key } });
  expect(afterRevoke.status).toBe(401);
});

it('creates an OAuth client whose credentials get an access token for the API', async () => {
  const page = await openPage();
  await signUp(page, uniqueUser('alan', { name: 'Alan Turing', password: 'universal-machine-1936', accountName: 'Bletchley' }));
  await page.goto(`${baseUrl()}/admin/service-accounts`);
  await waitForHeading(page, 'Service accounts');
  await page.getByRole('button', { name: 'New service account' }).first().click();
  await page.getByRole('dialog').getByLabel('Name').fill('Reporting');
  await page.getByRole('button', { name: 'Create service account' }).click();
  await waitForHeading(page, 'Reporting');

  await page.getByRole('button', { name: 'Create OAuth client' }).first().click();
  await page.getByRole('dialog').getByLabel('Client name').fill('BI connector');
  await page.getByRole('dialog').getByRole('checkbox', { name: /audit:read$/ }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create client' }).click();
  await page.getByText('Copy it now: it will not be shown again').waitFor();
  const clientId = await readSecret(page, 'Client id');
  const clientSecret = await readSecret(page, 'Client secret');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('cell', { name: 'BI connector', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Calling the API' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  const token = await fetch(`${baseUrl()}/api/v1/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
    body: 'grant_type=client_credentials',
  });
  expect(token.status).toBe(200);
  const { access_token: accessToken, scope } = (await token.json()) as { access_token: string; scope: string };
  expect(scope).toBe('audit:read');
  const entries = await fetch(`${baseUrl()}/api/v1/audit-logs?action=oauth-client.created`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(entries.status).toBe(200);
  expect(await entries.json()).toMatchObject({ items: [{ action: 'oauth-client.created' }] });
});
