// Shared set-up of the browser journeys: one real server and one Chromium per spec file, a fresh
// browser context per page (nothing carried over in storage), and the steps every journey needs.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, startE2EServer, type E2EServer } from '@flowforge/test-kit';

export interface JourneyUser {
  name: string;
  email: string;
  password: string;
  accountName: string;
}

export interface Journey {
  baseUrl: () => string;
  openPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  signUp: (page: Page, who: JourneyUser) => Promise<void>;
}

/** A user no other test run has: the e-mail carries the time and a random part. */
export function uniqueUser(first: string, fields: Omit<JourneyUser, 'email'>): JourneyUser {
  const email = `${first.toLowerCase()}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  return { ...fields, email };
}

export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export interface JourneyOptions {
  /** Extra environment for the server, computed before it starts (e.g. an SMTP capture's URL). */
  serverEnv?: () => Promise<Record<string, string>>;
}

/** Registers the spec file's server and browser (started before, stopped after its tests). */
export function useJourney(options: JourneyOptions = {}): Journey {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const env = (await options.serverEnv?.()) ?? {};
    [server, browser] = await Promise.all([startE2EServer(env), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  const baseUrl = () => {
    if (!server) throw new Error('the server did not start');
    return server.baseUrl;
  };
  const openPage = async (viewport = { width: 1280, height: 800 }) => {
    if (!browser) throw new Error('the browser did not start');
    const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const signUp = async (page: Page, who: JourneyUser) => {
    await page.goto(`${baseUrl()}/sign-up`);
    await waitForHeading(page, 'Create your FlowForge account');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Your name').fill(who.name);
    await page.getByLabel('E-mail').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByLabel('Team or company name').fill(who.accountName);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${baseUrl()}/`);
    await waitForHeading(page, `Welcome, ${who.name}`);
  };
  return { baseUrl, openPage, signUp };
}
