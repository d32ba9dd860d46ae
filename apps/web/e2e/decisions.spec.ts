// The decisions journey against the real server: an owner creates a decision table, edits cells
// in the grid with the keyboard (a FEEL syntax error is shown and fixed), adds a rule, sees a
// verification warning, publishes, evaluates one input (the matching rule is highlighted), runs
// scenarios — saved with the decision: they survive a reload and the API runs them — exports the
// table as .dmn and imports it again; a DMN model with several decisions shows its requirements
// diagram; a viewer can look (scenarios too) but not edit; two tabs editing one draft end in a
// conflict instead of overwriting each other. axe runs in light and dark.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

const owner = uniqueUser('grace', { name: 'Grace Hopper', password: 'compiler-a0-1952', accountName: 'Cobol Works' });
const viewer = uniqueUser('alan', { name: 'Alan Turing', password: 'universal-machine-1936', accountName: '' });

const LOAN_MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="loan" name="Loan approval" namespace="https://flowforge.dev/e2e/loan">
  <inputData id="age" name="Age"><variable name="Age" typeRef="number"/></inputData>
  <inputData id="amount" name="Amount"><variable name="Amount" typeRef="number"/></inputData>
  <decision id="risk" name="Risk">
    <variable name="Risk" typeRef="string"/>
    <informationRequirement id="risk-age"><requiredInput href="#age"/></informationRequirement>
    <literalExpression><text>if Age &lt; 25 then "high" else "low"</text></literalExpression>
  </decision>
  <decision id="approval" name="Approval">
    <variable name="Approval" typeRef="string"/>
    <informationRequirement id="approval-risk"><requiredDecision href="#risk"/></informationRequirement>
    <informationRequirement id="approval-amount"><requiredInput href="#amount"/></informationRequirement>
    <decisionTable id="approval-table" hitPolicy="FIRST">
      <input id="in-risk" label="Risk"><inputExpression typeRef="string"><text>Risk</text></inputExpression></input>
      <input id="in-amount" label="Amount"><inputExpression typeRef="number"><text>Amount</text></inputExpression></input>
      <output id="out-approval" name="Approval" typeRef="string"/>
      <rule id="rule-1"><inputEntry><text>"high"</text></inputEntry><inputEntry><text>&gt; 10000</text></inputEntry><outputEntry><text>"declined"</text></outputEntry></rule>
      <rule id="rule-2"><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>"approved"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

type OutboxPage = { items: { id: string; to: string }[] };

async function checkBothThemes(page: Page): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));
}

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Decision table' });
}

/** The cell of rule `rule` (from 1) in grid column `col` (0 is the rule number). */
function cell(page: Page, rule: number, col: number): Locator {
  return grid(page).locator(`[data-row="${String(rule)}"][data-col="${String(col)}"]`);
}

/** Focuses a cell and types over it with the keyboard, as a spreadsheet user would; Enter commits. */
async function typeInCell(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
}

async function openTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function readInvitationLink(page: Page, email: string): Promise<string> {
  const list = await page.request.get(`${baseUrl()}/api/v1/settings/email/outbox?limit=50`);
  const mail = ((await list.json()) as OutboxPage).items.find((item) => item.to === email);
  if (!mail) throw new Error(`no mail to ${email} in the outbox`);
  const full = (await (await page.request.get(`${baseUrl()}/api/v1/settings/email/outbox/${mail.id}`)).json()) as { text: string };
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(full.text)?.[0];
  if (!link) throw new Error(`no invitation link in:\n${full.text}`);
  return link.replace(/^https?:\/\/[^/]+/, baseUrl());
}

async function createDecision(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  await waitForHeading(page, 'Decisions');
  await page.getByRole('heading', { name: 'No decisions yet' }).waitFor();
  await checkBothThemes(page);

  await page.getByRole('button', { name: 'New decision' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New decision' });
  await dialog.getByRole('button', { name: 'Create decision' }).click();
  await dialog.getByText('Enter a name.').waitFor();
  await dialog.getByLabel('Name').fill('Discount');
  await dialog.getByLabel('Description').fill('Discount by order amount');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Create decision' }).click();
  await waitForHeading(page, 'Discount');
  await grid(page).waitFor();
  return new URL(page.url()).pathname;
}

/** Rule 1: amount ≥ 1000 → 0.1, with a syntax error typed and fixed on the way. */
async function editFirstRule(page: Page): Promise<void> {
  await typeInCell(page, cell(page, 1, 1), '[1000..');
  await expect.poll(() => cell(page, 1, 1).getAttribute('aria-invalid')).toBe('true');
  await cell(page, 1, 1).click();
  await page.getByText(/FEEL syntax/).first().waitFor();

  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('>= 1000');
  await page.keyboard.press('Tab');
  await expect.poll(() => cell(page, 1, 1).getAttribute('aria-invalid')).toBeNull();
  await page.keyboard.type('0.1');
  await page.keyboard.press('Enter');
  expect(await cell(page, 1, 2).textContent()).toContain('0.1');
}

it('edits, verifies, publishes, evaluates, tests, exports and re-imports a decision table', async () => {
  const page = await openPage({ width: 1400, height: 900 });
  await signUp(page, owner);
  const decisionPath = await createDecision(page);
  await checkBothThemes(page);

  await editFirstRule(page);

  // A second rule for small orders leaves amounts from 500 to 1000 uncovered: a gap.
  await page.getByRole('button', { name: 'Add rule' }).click();
  await typeInCell(page, cell(page, 2, 1), '< 500');
  await typeInCell(page, cell(page, 2, 2), '0');
  await page.getByText(/verification warning/).first().waitFor();
  await openTab(page, /^Problems \(\d+\)$/);
  await page.getByRole('list', { name: 'Problems found in the table' }).getByText('Gap').waitFor();
  await waitSaved(page);
  await checkBothThemes(page);

  await page.getByRole('button', { name: 'Publish' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish version 1 of Discount?' });
  await publish.getByLabel('Version note').fill('Discount for large orders');
  await expectNoSeriousA11yViolations(page);
  await publish.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Published version 1').waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();

  // Evaluate one input: the first rule gives the result and is highlighted in the grid.
  await openTab(page, 'Evaluate');
  await page.getByLabel('input1', { exact: true }).fill('1200');
  await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
  await page.getByTestId('evaluation-result').filter({ hasText: '0.1' }).waitFor();
  await grid(page).getByRole('row').filter({ hasText: 'Gave the result' }).filter({ hasText: '>= 1000' }).waitFor();
  await checkBothThemes(page);

  // Keep it as a scenario, add a failing one, run both.
  await page.getByRole('button', { name: 'Keep as scenario' }).click();
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Scenario 2, input1').fill('300');
  await page.getByLabel('Scenario 2, Expected result').fill('0.5');
  await page.getByRole('button', { name: 'Run scenarios' }).click();
  await page.getByText('1 passed, 1 failed on version 1').waitFor();
  await page.getByRole('button', { name: 'Use as expected' }).click();
  await page.getByRole('button', { name: 'Run scenarios' }).click();
  await page.getByText('2 passed, 0 failed on version 1').waitFor();
  await page.getByTestId('scenarios-save-status').getByText('Saved', { exact: true }).waitFor();
  await expectNoSeriousA11yViolations(page);

  // The scenarios are saved with the decision: the API runs them, and they are there after a reload.
  const scenariosUrl = `${baseUrl()}/api/v1${decisionPath}/scenarios`;
  const saved = (await (await page.request.get(scenariosUrl)).json()) as { scenarios: { inputs: unknown; expected: unknown }[]; revision: number };
  expect(saved.scenarios).toEqual([{ name: '', inputs: { input1: 1200 }, expected: 0.1 }, { name: '', inputs: { input1: 300 }, expected: 0 }]);
  const run = await page.request.post(`${baseUrl()}/api/v1${decisionPath}/test`, { data: {} });
  expect(await run.json()).toMatchObject({ passed: 2, failed: 0, version: 1 });
  await page.reload();
  await waitForHeading(page, 'Discount');
  await openTab(page, 'Scenarios (2)');
  await expect.poll(() => page.getByLabel('Scenario 2, input1').inputValue()).toBe('300');
  expect(await page.getByLabel('Scenario 2, Expected result').inputValue()).toBe('0');

  // Export the active version and import the file as a new decision.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .dmn' }).click()]);
  expect(download.suggestedFilename()).toBe('Discount v1.dmn');
  const xml = await readFile(await download.path(), 'utf8');
  expect(xml).toContain('&gt;= 1000');

  await page.getByRole('link', { name: 'All decisions' }).click();
  await page.getByRole('button', { name: 'Import .dmn' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import a DMN file' });
  await importDialog.getByLabel('DMN file').setInputFiles({ name: 'broken.dmn', mimeType: 'application/xml', buffer: Buffer.from('<definitions>') });
  await importDialog.getByRole('button', { name: 'Import' }).click();
  await importDialog.getByRole('alert').waitFor();
  await importDialog.getByLabel('DMN file').setInputFiles({ name: 'Discount v1.dmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await importDialog.getByLabel('Name (optional)').fill('Discount copy');
  await expectNoSeriousA11yViolations(page);
  await importDialog.getByRole('button', { name: 'Import' }).click();
  await waitForHeading(page, 'Discount copy');
  expect(await cell(page, 1, 1).textContent()).toContain('>= 1000');

  await page.getByRole('link', { name: 'All decisions' }).click();
  await page.getByLabel('Search decisions').fill('copy');
  await expect.poll(async () => page.getByRole('row').count()).toBe(2);
  expect(decisionPath).toMatch(/^\/decisions\/[0-9a-f-]{36}$/);
});

it('shows the requirements diagram of a DMN model and tests one of its decisions', async () => {
  const page = await openPage({ width: 1400, height: 900 });
  await signUp(page, uniqueUser('ada', { name: 'Ada Lovelace', password: 'analytical-engine-1843', accountName: 'Engines' }));
  await page.goto(`${baseUrl()}/decisions`);
  await waitForHeading(page, 'Decisions');
  await page.getByRole('button', { name: 'Import .dmn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a DMN file' });
  await dialog.getByLabel('DMN file').setInputFiles({ name: 'loan.dmn', mimeType: 'application/xml', buffer: Buffer.from(LOAN_MODEL) });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await waitForHeading(page, 'Loan approval');

  await page.getByRole('img', { name: 'Decision requirements' }).waitFor();
  expect(await page.getByTestId('drg-node-decision').count()).toBe(2);
  expect(await page.getByTestId('drg-node-inputData').count()).toBe(2);
  await page.getByText('Show the requirements as a list').click();
  await page.getByRole('list', { name: 'Decision requirements as a list' }).getByText('Risk (Decision) — information requirement').waitFor();
  await checkBothThemes(page);

  await page.getByLabel('Decision to test').selectOption('Risk');
  await page.getByLabel('Age', { exact: true }).fill('19');
  await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
  await page.getByTestId('evaluation-result').filter({ hasText: '"high"' }).waitFor();
});

it('lets a viewer look at a decision but not change it', async () => {
  const page = await openPage({ width: 1400, height: 900 });
  const admin = uniqueUser('hedy', { name: 'Hedy Lamarr', password: 'frequency-hopping-1942', accountName: 'Spread Spectrum' });
  await signUp(page, admin);
  const table = {
    hitPolicy: 'first',
    inputs: [{ id: 'weight', label: 'Weight', expression: 'weight', type: 'number' }],
    outputs: [{ id: 'cost', name: 'cost', type: 'number' }],
    rules: [{ id: 'r1', inputEntries: ['<= 2'], outputEntries: ['5'] }, { id: 'r2', inputEntries: ['> 2'], outputEntries: ['9'] }],
  };
  const created = await page.request.post(`${baseUrl()}/api/v1/decisions`, { data: { name: 'Shipping', table } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await page.request.post(`${baseUrl()}/api/v1/decisions/${id}/publish`, { data: { comment: 'First' } });
  expect(published.status()).toBe(200);
  const scenarios = await page.request.put(`${baseUrl()}/api/v1/decisions/${id}/scenarios`, { data: { scenarios: [{ name: 'light', inputs: { weight: 1 }, expected: 5 }], revision: 0 } });
  expect(scenarios.status()).toBe(200);

  await page.goto(`${baseUrl()}/admin/users`);
  await waitForHeading(page, 'Users');
  await page.getByRole('button', { name: 'Invite people' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite someone' });
  await invite.getByLabel('E-mail').fill(viewer.email);
  await invite.getByRole('checkbox', { name: 'Viewer' }).check();
  await invite.getByRole('checkbox', { name: 'Member' }).uncheck();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`Invitation sent to ${viewer.email}`).waitFor();

  const guest = await openPage({ width: 1400, height: 900 });
  await guest.goto(await readInvitationLink(page, viewer.email));
  await guest.getByLabel('Your name').fill(viewer.name);
  await guest.getByLabel('Password').fill(viewer.password);
  await guest.getByRole('button', { name: 'Join and sign in' }).click();
  await waitForHeading(guest, `Welcome, ${viewer.name}`);

  await guest.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  await guest.getByRole('link', { name: 'Shipping' }).click();
  await waitForHeading(guest, 'Shipping');
  await grid(guest).waitFor();
  await guest.getByText('Read only').first().waitFor();
  for (const name of ['Edit', 'Publish', 'Rename', 'Delete', 'Add rule']) {
    expect({ name, count: await guest.getByRole('button', { name, exact: true }).count() }).toEqual({ name, count: 0 });
  }
  expect(await guest.getByRole('button', { name: 'Import .dmn' }).count()).toBe(0);
  expect(await guest.getByRole('tab', { name: 'Evaluate' }).count()).toBe(0);
  expect(await cell(guest, 1, 1).getAttribute('aria-readonly')).toBe('true');
  await checkBothThemes(guest);

  // The saved scenarios are there to read, not to change or run.
  await openTab(guest, 'Scenarios (1)');
  await expect.poll(() => guest.getByLabel('Scenario 1, Weight').inputValue()).toBe('1');
  expect(await guest.getByLabel('Scenario 1, Weight').getAttribute('readonly')).not.toBeNull();
  for (const name of ['Add scenario', 'Run scenarios', 'Remove scenario 1']) {
    expect({ name, count: await guest.getByRole('button', { name, exact: true }).count() }).toEqual({ name, count: 0 });
  }
  await expectNoSeriousA11yViolations(guest);
  const refusedScenarios = await guest.request.put(`${baseUrl()}/api/v1/decisions/${id}/scenarios`, { data: { scenarios: [] } });
  expect(refusedScenarios.status()).toBe(403);

  const refused = await guest.request.put(`${baseUrl()}/api/v1/decisions/${id}/draft`, { data: { table: { hitPolicy: 'first', inputs: [], outputs: [{ id: 'o', name: 'o' }], rules: [] } } });
  expect(refused.status()).toBe(403);
});

it('stops autosave with a conflict when someone else saved the draft, and reloads it', async () => {
  const first = await openPage({ width: 1400, height: 900 });
  await signUp(first, uniqueUser('barbara', { name: 'Barbara Liskov', password: 'substitution-1987', accountName: 'Clu Labs' }));
  const created = await first.request.post(`${baseUrl()}/api/v1/decisions`, { data: { name: 'Routing' } });
  const { id } = (await created.json()) as { id: string };
  await first.goto(`${baseUrl()}/decisions/${id}`);
  await waitForHeading(first, 'Routing');
  const second = await first.context().newPage();
  await second.goto(`${baseUrl()}/decisions/${id}`);
  await waitForHeading(second, 'Routing');

  await typeInCell(first, cell(first, 1, 2), '"north"');
  await waitSaved(first);

  await typeInCell(second, cell(second, 1, 2), '"south"');
  await second.getByTestId('save-status').getByText('Conflict: someone else changed this draft').waitFor();
  expect(await cell(second, 1, 1).getAttribute('aria-readonly')).toBe('true');
  await expectNoSeriousA11yViolations(second);

  await second.getByRole('button', { name: 'Reload' }).click();
  await waitSaved(second);
  await expect.poll(() => cell(second, 1, 2).textContent()).toContain('"north"');
  await typeInCell(second, cell(second, 1, 2), '"east"');
  await waitSaved(second);
});
