/**
 * Use cases for My settings → Profile (spec §3.1): name, contact details, time zone and regional
 * format. Contact details live in users.profile (where admins edit them and dynamic group rules read
 * them); time zone and format live in users.preferences, which every request's principal already
 * carries, so /me and anything that formats for the user get them without another query.
 */
import { isFormatLocale, type FieldError, type Profile, type UpdateProfileBody } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant, withUser } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { findProfileRow, findUserImage, lockProfileRow, updateProfileRow, type ProfileChange, type ProfileRow } from './profile.repository.ts';
import { normalizeTimeZone } from './time-zone.ts';

const CONTACT_KEYS = ['phone', 'title', 'department', 'location'] as const;

function readText(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function toProfile(row: ProfileRow): Profile {
  const contact = Object.fromEntries(CONTACT_KEYS.map((key) => [key, readText(row.profile, key) ?? ''])) as Profile['contact'];
  return {
    id: row.id, name: row.name, email: row.email, image: row.image, contact,
    timeZone: readText(row.preferences, 'timeZone'), formatLocale: readText(row.preferences, 'formatLocale'),
  };
}

// What the audit trail shows: the editable fields only.
function auditView(profile: Profile) {
  return { name: profile.name, contact: profile.contact, timeZone: profile.timeZone, formatLocale: profile.formatLocale };
}

function checkTimeZone(value: string | null | undefined, errors: FieldError[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || value === '') return { timeZone: null };
  const zone = normalizeTimeZone(value);
  if (zone === null) errors.push({ pointer: '/timeZone', message: `"${value}" is not a time zone. Pick one from the list, such as Europe/Berlin.` });
  return { timeZone: zone };
}

function checkFormatLocale(value: string | null | undefined, errors: FieldError[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || value === '') return { formatLocale: null };
  if (!isFormatLocale(value)) errors.push({ pointer: '/formatLocale', message: `"${value}" is not one of the regional formats offered.` });
  return { formatLocale: value };
}

/** Validates what the schema cannot (time zone database, curated formats) and builds the change. */
function buildChange(userId: string, body: UpdateProfileBody): ProfileChange {
  const errors: FieldError[] = [];
  const preferences = { ...checkTimeZone(body.timeZone, errors), ...checkFormatLocale(body.formatLocale, errors) };
  if (errors.length > 0) throw new DomainError('unprocessable', 'Some of your settings are not valid.', { errors });
  const contact = Object.entries(body.contact ?? {});
  return {
    userId,
    name: body.name,
    profile: Object.fromEntries(contact.filter(([, value]) => value !== '')),
    clearProfileKeys: contact.filter(([, value]) => value === '').map(([key]) => key),
    preferences,
  };
}

export async function getMyProfile(platform: Platform, ctx: RequestContext): Promise<Profile> {
  const { principal } = requireAccount(ctx);
  const row = await withUser(platform.appPool, principal.userId, (tx) => findProfileRow(tx, principal.userId));
  if (!row) throw new DomainError('user-not-found', 'Your user no longer exists.');
  return toProfile(row);
}

export async function updateMyProfile(platform: Platform, ctx: RequestContext, body: UpdateProfileBody): Promise<Profile> {
  const tenant = requireAccount(ctx);
  const { userId, accountId } = tenant.principal;
  const change = buildChange(userId, body);
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const before = await lockProfileRow(tx, userId);
    const after = await updateProfileRow(tx, change);
    if (!before || !after) throw new DomainError('user-not-found', 'Your user no longer exists.');
    const profile = toProfile(after);
    await recordAudit(tx, tenant, { action: 'user.profile-updated', resourceType: 'user', resourceId: userId, before: auditView(toProfile(before)), after: auditView(profile) });
    return profile;
  });
}

/** The user's avatar path (`/api/v1/images/<id>`) or null; /me shows it. */
export async function findAvatarUrl(platform: Platform, userId: string): Promise<string | null> {
  return withUser(platform.appPool, userId, (tx) => findUserImage(tx, userId));
}
