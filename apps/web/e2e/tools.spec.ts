// The tools journey against the real server: the expression playground (type, see the value and
// the problems, complete with the keyboard) and the form preview (a field that reveals another,
// errors next to fields, submitted values). axe runs on both pages, light and dark.
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { openPage: openJourneyPage, signUp: signUpAs } = useJourney();

const user = uniqueUser('katherine', { name: 'Katherine Johnson', password: 'trajectories-1962', accountName: 'Flight Research' });

function openPage(): Promise<Page> {
  return openJourneyPage({ width: 1280, height: 900 });
}

function signUp(page: Page): Promise<void> {
  return signUpAs(page, user);
}

async function openTool(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await waitForHeading(page, heading);
}

/** Replaces the editor's text by typing, as a keyboard user would. */
async function typeExpression(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

async function isEditorFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);
}

async function checkBothThemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));
}

it('evaluates expressions in the playground and previews a form with the runtime', async () => {
  const page = await openPage();
  await signUp(page);

  // Playground: the first example is in the editor and evaluated against the sample data.
  await openTool(page, 'Expressions', 'Expression playground');
  const editor = page.getByRole('textbox', { name: 'Expression', exact: true });
  await editor.waitFor();
  const value = page.getByTestId('expression-value');
  await value.filter({ hasText: 'true' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await checkBothThemes(page);

  await typeExpression(page, editor, '${amount} * 2');
  await value.filter({ hasText: '2501' }).waitFor();
  await page.getByText('No problems found.').waitFor();

  // Completion: typing a field reference offers the fields in scope; Escape closes the list.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('${lin');
  await page.getByRole('option', { name: /lineItems/ }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'detached' });

  // A broken expression: no value, a diagnostic with its position that selects the range.
  await typeExpression(page, editor, '${amount} +');
  await page.getByText('No value while the expression has errors.', { exact: false }).waitFor();
  const problem = page.getByRole('button', { name: /The expression ends too early/ });
  await problem.waitFor();
  expect(await problem.textContent()).toContain('Line 1, column 12');
  await page.locator('.cm-lintPoint-error, .cm-lintRange-error').first().waitFor({ state: 'attached' });
  await problem.click();
  expect(await isEditorFocused(page)).toBe(true);

  // Tab leaves the editor (no indentWithTab), so the page stays keyboard-operable.
  await page.keyboard.press('Tab');
  expect(await isEditorFocused(page)).toBe(false);

  await page.getByRole('button', { name: 'SUM(${lineItems}.amount)' }).click();
  await value.filter({ hasText: '1250.5' }).waitFor();

  // Form preview: choosing "Travel" reveals the destination; Submit validates like the server.
  await openTool(page, 'Form preview', 'Form preview');
  await page.getByRole('form', { name: 'Purchase request' }).waitFor();
  await expectNoSeriousA11yViolations(page);
  await checkBothThemes(page);

  expect(await page.getByLabel('Destination').count()).toBe(0);
  await page.getByLabel('Category').selectOption('travel');
  await page.getByLabel('Destination').waitFor();

  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('alert').getByText('The form cannot be submitted yet.', { exact: false }).waitFor();
  const email = page.getByLabel('E-mail');
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  const emailErrorId = (await email.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
  expect(await page.locator(`[id="${emailErrorId}"]`).textContent()).toContain('Fill in this field.');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('First name').fill('Katherine');
  await page.getByLabel('Last name').fill('Johnson');
  await email.fill('katherine@example.com');
  await page.getByLabel('Destination').fill('Lisbon');
  await page.getByLabel('Unit price').fill('600');
  await page.getByLabel('I confirm', { exact: false }).check();
  await page.getByRole('button', { name: 'Submit' }).click();

  await page.getByRole('heading', { name: 'The form would submit these values' }).waitFor();
  const submitted = await page.locator('pre').filter({ hasText: '"destination"' }).textContent();
  expect(JSON.parse(submitted ?? '{}')).toMatchObject({ category: 'travel', destination: 'Lisbon', amount: '600.00', total: '600.00', agree: true });
});
