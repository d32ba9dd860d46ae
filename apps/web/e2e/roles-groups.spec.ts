// Admin › Roles and Admin › Groups against the real server: an owner builds a custom role from the
// permission catalog, then a dynamic group whose rule previews who it matches before it is saved.
// axe runs on both pages, with and without the editor drawer open.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { openPage, signUp } = useJourney();

const owner = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-pioneer-1952', accountName: 'Cobol Works' });

async function openAdminPage(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await waitForHeading(page, link);
}

it('creates a custom role with two permissions and a dynamic group with a previewed rule', async () => {
  const page = await openPage();
  await signUp(page, owner);

  // Roles: the system roles are listed; a new role picks two permissions from the catalog.
  await openAdminPage(page, 'Roles');
  await page.getByRole('cell', { name: /Owner/ }).first().waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'New role' }).first().click();
  const roleDrawer = page.getByRole('dialog', { name: 'New role' });
  await roleDrawer.getByLabel('Read the audit log').waitFor();
  await expectNoSeriousA11yViolations(page);
  await roleDrawer.getByLabel('Name', { exact: true }).fill('Auditor');
  await roleDrawer.getByLabel('Read the audit log').check();
  await roleDrawer.getByLabel('Export the audit log').check();
  expect(await roleDrawer.getByLabel('All of Audit log').isChecked()).toBe(true);
  await roleDrawer.getByRole('button', { name: 'Create role' }).click();

  await roleDrawer.waitFor({ state: 'detached' });
  const roleRow = page.getByRole('row', { name: /Auditor/ });
  await roleRow.waitFor();
  expect(await roleRow.getByRole('cell').nth(2).textContent()).toBe('2');

  // Groups: a dynamic group whose rule matches the owner; the editor shows the count before saving.
  await openAdminPage(page, 'Groups');
  await page.getByRole('heading', { name: 'No groups yet' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'New group' }).first().click();
  const groupDrawer = page.getByRole('dialog', { name: 'New group' });
  await groupDrawer.getByLabel('Name', { exact: true }).fill('Example people');
  await groupDrawer.getByLabel('Type', { exact: true }).selectOption('dynamic');
  const rule = groupDrawer.getByRole('textbox', { name: 'Rule', exact: true });
  await rule.click();
  await page.keyboard.type(`email CONTAINS '@example.com' && status == 'active'`);
  await groupDrawer.getByText('Matching people: 1').waitFor();
  await groupDrawer.getByLabel('Auditor', { exact: true }).check();
  await expectNoSeriousA11yViolations(page);
  await groupDrawer.getByRole('button', { name: 'Create group' }).click();

  await groupDrawer.waitFor({ state: 'detached' });
  const groupRow = page.getByRole('row', { name: /Example people/ });
  await groupRow.getByText('Dynamic').waitFor();
  expect(await groupRow.getByRole('cell').nth(2).textContent()).toBe('1');
  await expectNoSeriousA11yViolations(page);

  // Its members follow the rule: listed, but not editable by hand.
  await page.getByRole('button', { name: 'Edit Example people' }).click();
  const editDrawer = page.getByRole('dialog', { name: 'Edit Example people' });
  await editDrawer.getByRole('tab', { name: 'Members (1)' }).click();
  await editDrawer.getByText('Members follow the rule').waitFor();
  await editDrawer.getByRole('list', { name: 'Members of Example people' }).getByText(owner.name).waitFor();
  await expectNoSeriousA11yViolations(page);
  await editDrawer.getByRole('button', { name: 'Close' }).click();
  await editDrawer.waitFor({ state: 'detached' });
});
