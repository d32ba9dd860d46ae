/**
 * My settings → profile (spec §3.1): name, avatar, contact details, time zone and the regional
 * format for dates and numbers, plus the rules for uploaded images (avatars, account logos).
 */
import { z } from 'zod';

/** The largest image (avatar or account logo) the API stores: 1 MB (1 MiB, 1,048,576 bytes). */
export const MAX_IMAGE_BYTES = 1_048_576;

/** An image's size in megabytes (MiB), rounded up to one decimal, as the limit messages state it: 1,258,291 bytes → 1.2, 1,048,577 → 1.1. */
export function imageMegabytes(bytes: number): number {
  return Math.ceil(bytes / 104_857.6) / 10;
}

/** Image types the API accepts; the bytes are checked, not only the Content-Type header. SVG is not allowed (it can carry script). */
export const IMAGE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

/** Where a stored image is served from: `/api/v1/images/<id>` (a path, never inline data). */
export const IMAGE_PATH_PREFIX = '/api/v1/images/';

export const StoredImageSchema = z.object({
  url: z.string(),
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
});
export type StoredImage = z.infer<typeof StoredImageSchema>;

/**
 * Regional formats a user may pick for dates and numbers, independent of the UI language (an
 * English-speaking user in Zurich wants `31.12.2026` and `1’234.50`). Null follows the language.
 */
export const FORMAT_LOCALES = [
  'en-US', 'en-GB', 'en-IE', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-ZA',
  'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CH', 'fr-CA', 'it-IT', 'it-CH', 'es-ES', 'es-MX',
  'nl-NL', 'pt-PT', 'pt-BR', 'pl-PL', 'cs-CZ', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'sr-Latn-RS', 'tr-TR', 'ja-JP', 'zh-CN',
] as const;
export type FormatLocale = (typeof FORMAT_LOCALES)[number];

/** Whether `value` is one of the curated regional formats. */
export function isFormatLocale(value: unknown): value is FormatLocale {
  return typeof value === 'string' && (FORMAT_LOCALES as readonly string[]).includes(value);
}

const PHONE = /^[0-9+()./\s-]*$/;

/** Contact details; stored flat in users.profile (the keys admins edit and dynamic group rules read). */
export const ContactSchema = z.object({
  phone: z.string(),
  title: z.string(),
  department: z.string(),
  location: z.string(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ProfileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** `/api/v1/images/<id>` or null without an avatar. */
  image: z.string().nullable(),
  contact: ContactSchema,
  /** IANA time zone (`Europe/Berlin`); null uses the browser's. */
  timeZone: z.string().nullable(),
  /** One of FORMAT_LOCALES; null formats dates and numbers in the UI language. */
  formatLocale: z.string().nullable(),
});
export type Profile = z.infer<typeof ProfileSchema>;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const UpdateProfileBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'At most 100 characters.').optional(),
  contact: z.strictObject({
    phone: text(50).regex(PHONE, 'Use digits, spaces and + ( ) - . / only.').optional(),
    title: text(200).optional(),
    department: text(200).optional(),
    location: text(200).optional(),
  }).optional(),
  /** Checked against the server's time zone database: an unknown zone is a 422 at `/timeZone`. */
  timeZone: z.string().max(64).nullable().optional(),
  /** Checked against FORMAT_LOCALES: anything else is a 422 at `/formatLocale`. */
  formatLocale: z.string().max(20).nullable().optional(),
});
export type UpdateProfileBody = z.infer<typeof UpdateProfileBodySchema>;

export const AccountLogoSchema = z.object({ logoUrl: z.string().nullable() });
export type AccountLogo = z.infer<typeof AccountLogoSchema>;
