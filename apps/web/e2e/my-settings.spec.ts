// My settings (spec §3.1) against the real server: a photo that is too large is refused with a clear
// message, a small one appears in the user menu; a notification choice survives a reload; a new
// time zone and German turn the sessions card's dates into German dates in that zone.
import { crc32, deflateSync } from 'node:zlib';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '@flowforge/test-kit';
import { uniqueUser, useJourney, waitForHeading } from './support/journey';

const { baseUrl, openPage, signUp } = useJourney();

const user = uniqueUser('grace', { name: 'Grace Hopper', password: 'cobol-compiler-1959', accountName: 'Harvard Mark I' });

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 24×24 PNG in one colour. */
function smallPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(24, 0);
  header.writeUInt32BE(24, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(24 * 3, 0x5a)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 24 }, () => row)))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 1.4 MB: a PNG header followed by padding. */
function largePng(): Buffer {
  const png = smallPng();
  return Buffer.concat([png, Buffer.alloc(1_468_006 - png.length)]);
}

async function waitForApi(page: Page, path: string, action: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForResponse((response) => response.url().endsWith(path) && response.ok()), action()]);
}

function normalizeSpaces(text: string | null): string {
  return (text ?? '').replace(/\s/g, ' ');
}

it('changes photo, notifications, time zone and language in My settings', async () => {
  const page = await openPage();
  await signUp(page, user);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await waitForHeading(page, 'Settings');
  await page.getByRole('button', { name: 'Upload photo' }).waitFor();
  await page.getByRole('table', { name: 'Channels per event' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  // A photo over 1 MB is refused before it is sent, with its size and the limit.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: largePng() });
  await page.getByRole('alert').filter({ hasText: 'The image is 1.4 MB; photos can be at most 1 MB.' }).waitFor();
  await expectNoSeriousA11yViolations(page);

  // A small one is stored and shows in the user menu at once.
  await waitForApi(page, '/api/v1/me/avatar', () => fileInput.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: smallPng() }));
  await page.getByRole('button', { name: 'Replace photo' }).waitFor();
  const menuPhoto = page.getByRole('button', { name: `User menu for ${user.name}` }).locator('img');
  await menuPhoto.waitFor();
  expect(await menuPhoto.getAttribute('src')).toMatch(/^\/api\/v1\/images\/[0-9a-f-]{36}$/);
  expect(await menuPhoto.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(24);

  // A notification choice is kept by the server.
  const assignedByMail = page.getByRole('checkbox', { name: 'E-mail: Task assigned' });
  expect(await assignedByMail.isChecked()).toBe(true);
  await assignedByMail.uncheck();
  await waitForApi(page, '/api/v1/me/notification-preferences', () => page.getByRole('button', { name: 'Save preferences' }).click());
  await page.reload();
  await page.getByRole('table', { name: 'Channels per event' }).waitFor();
  expect(await page.getByRole('checkbox', { name: 'E-mail: Task assigned' }).isChecked()).toBe(false);
  expect(await page.getByRole('checkbox', { name: 'In the app: Task assigned' }).isChecked()).toBe(true);

  // Tokyo time and German: the sessions card shows German dates in Tokyo time.
  await page.getByLabel('Search time zones').fill('tokyo');
  await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
  await waitForApi(page, '/api/v1/me/profile', () => page.getByRole('button', { name: 'Save changes' }).click());
  await waitForApi(page, '/api/v1/me/preferences', async () => { await page.getByLabel('Language').selectOption('de'); });
  await waitForHeading(page, 'Einstellungen');

  const sessions = page.getByRole('table', { name: 'Aktive Sitzungen' });
  const signedIn = sessions.locator('td time:not([title])').first();
  await signedIn.waitFor();
  const at = await signedIn.getAttribute('datetime');
  const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(Date.parse(at ?? ''));
  expect(normalizeSpaces(await signedIn.textContent())).toBe(normalizeSpaces(expected));
  expect(await sessions.locator('td time[title]').first().textContent()).toMatch(/^(vor |jetzt)/);
  await expectNoSeriousA11yViolations(page);

  // Everything survives a fresh page load.
  await page.goto(`${baseUrl()}/settings`);
  await waitForHeading(page, 'Einstellungen');
  expect(await page.getByLabel('Zeitzone', { exact: true }).inputValue()).toBe('Asia/Tokyo');
  await page.getByRole('button', { name: 'Foto ersetzen' }).waitFor();
});
