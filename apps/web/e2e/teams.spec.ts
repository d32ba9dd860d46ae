// Teams journey against the real server: an owner creates a team and invites a colleague from
// another account, who accepts from their dashboard (it updates live); the owner creates a role
// with pages and assigns it. The colleague without the "team" page sees no management tab, and the
// server refuses the management API to their browser too. axe runs on the dashboard and team page.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

const owner = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-pioneer-1952', accountName: 'Harvard Mark' });
const colleague = uniqueUser('alan', { name: 'Alan Turing', password: 'universal-machine-1936', accountName: 'Bletchley' });
const TEAM = 'Cobol Crew';

async function openTeams(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
  await waitForHeading(page, `Hey, ${name}`);
}

async function createTeam(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Create team' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create a team' });
  await dialog.getByLabel('Team name').fill('ab');
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await dialog.getByText('Use at least 3 characters.').waitFor();
  await dialog.getByLabel('Team name').fill(TEAM);
  await dialog.getByRole('radio', { name: 'Green' }).check();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await page.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
  await waitForHeading(page, TEAM);
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

async function inviteColleague(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Team management' }).click();
  await page.getByLabel('E-mail address').fill(colleague.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByRole('listitem').filter({ hasText: colleague.email }).waitFor();
}

async function createRoleAndAssign(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a role' });
  await dialog.getByLabel('Name').fill('Modeller');
  await dialog.getByRole('checkbox', { name: 'Process editor' }).check();
  await dialog.getByRole('checkbox', { name: 'Tasks' }).check();
  await dialog.getByRole('button', { name: 'Save role' }).click();
  await page.getByRole('cell', { name: 'Modeller', exact: true }).waitFor();

  await page.getByRole('button', { name: `Edit the roles of ${colleague.name}` }).click();
  const rolesDialog = page.getByRole('dialog', { name: `Roles of ${colleague.name}` });
  await rolesDialog.getByRole('checkbox', { name: 'Modeller' }).check();
  await rolesDialog.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('row').filter({ hasText: colleague.email }).getByText('Modeller').waitFor();
}

it('creates a team, invites a colleague who accepts, and enforces page access on the server', async () => {
  const ownerPage = await openPage();
  await signUp(ownerPage, owner);
  await openTeams(ownerPage, owner.name);
  await ownerPage.getByRole('heading', { name: 'No teams yet' }).waitFor();
  await expectNoSeriousA11yViolations(ownerPage);
  const teamId = await createTeam(ownerPage);

  // The colleague (another account) has their dashboard open when the invitation arrives: it
  // appears over Server-Sent Events, without a reload.
  const colleaguePage = await openPage();
  await signUp(colleaguePage, colleague);
  await openTeams(colleaguePage, colleague.name);
  await colleaguePage.getByRole('heading', { name: 'No teams yet' }).waitFor();
  await inviteColleague(ownerPage);
  await expectNoSeriousA11yViolations(ownerPage);
  await colleaguePage.getByRole('heading', { name: 'Pending invitations' }).waitFor();
  await colleaguePage.getByText(`${owner.name} invited you to ${TEAM}`).waitFor();
  await expectNoSeriousA11yViolations(colleaguePage);
  await colleaguePage.getByRole('button', { name: `Accept the invitation to ${TEAM}` }).click();
  await colleaguePage.waitForURL(`${baseUrl()}/teams/${teamId}`);
  await waitForHeading(colleaguePage, TEAM);
  await colleaguePage.getByText('You have no role in this team yet.').waitFor();
  expect(await colleaguePage.getByRole('tab', { name: 'Team management' }).count()).toBe(0);

  await ownerPage.getByRole('row').filter({ hasText: colleague.email }).waitFor();
  await createRoleAndAssign(ownerPage);
  await expectNoSeriousA11yViolations(ownerPage);

  // The colleague's team page refreshes live with the new role and the pages it opens.
  await colleaguePage.getByText('Process editor', { exact: true }).waitFor();
  await colleaguePage.getByText('Modeller').first().waitFor();
  expect(await colleaguePage.getByRole('tab', { name: 'Team management' }).count()).toBe(0);
  await expectNoSeriousA11yViolations(colleaguePage);

  const statuses = await colleaguePage.evaluate(async (id) => Promise.all([
    fetch(`/api/v1/teams/${id}/members`).then((response) => response.status),
    fetch(`/api/v1/teams/${id}/roles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Self-made', color: '#000000', pages: ['team'] }) })
      .then((response) => response.status),
  ]), teamId);
  expect(statuses).toEqual([403, 403]);
});
