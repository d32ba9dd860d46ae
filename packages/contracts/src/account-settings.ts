/**
 * Admin settings (spec 3.2): general, security policy, feature switches, custom domains and audit
 * retention. Wire format only; the server validates the same schemas it documents.
 */
import { z } from 'zod';
import { LocaleSchema } from './me.ts';
import { PASSWORD_MIN_LENGTH } from './signup.ts';

export const PASSWORD_MAX_LENGTH = 128;
export const SESSION_TIMEOUT_MINUTES = { min: 5, max: 43_200 } as const;
export const AUDIT_RETENTION_DAYS = { min: 30, max: 3650, default: 365 } as const;
export const ACCOUNT_IP_ALLOWLIST_MAX = 100;
export const DEFAULT_TIME_ZONE = 'UTC';

let timeZones: ReadonlySet<string> | undefined;

/** IANA time zones this runtime knows, plus UTC (which `Intl.supportedValuesOf` leaves out). */
export function listTimeZones(): readonly string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

export function isTimeZone(value: string): boolean {
  timeZones ??= new Set(listTimeZones());
  return timeZones.has(value);
}

// General

export const GeneralSettingsSchema = z.object({
  name: z.string(),
  timeZone: z.string(),
  defaultLanguage: LocaleSchema,
  /** Set by the logo upload; read-only here. */
  logoUrl: z.string().nullable(),
});
export type GeneralSettings = z.infer<typeof GeneralSettingsSchema>;

export const UpdateGeneralSettingsBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  timeZone: z.string().refine(isTimeZone, { message: 'Unknown time zone; use an IANA name such as Europe/Berlin' }),
  defaultLanguage: LocaleSchema,
});
export type UpdateGeneralSettingsBody = z.infer<typeof UpdateGeneralSettingsBodySchema>;

// Security policy

/** An IPv4/IPv6 address or CIDR range; host bits of a range are cleared when it is stored. */
export function isIpRange(value: string): boolean {
  return [z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()].some((schema) => schema.safeParse(value).success);
}

export const IpRangeSchema = z.string().trim().refine(isIpRange, { message: 'Enter an IP address (203.0.113.7) or a CIDR range (10.0.0.0/8, 2001:db8::/32)' });

export const SecurityPolicySchema = z.object({
  passwordMinLength: z.number().int(),
  checkBreachedPasswords: z.boolean(),
  /** Null: sessions last the standard 7 days (extended while in use). */
  sessionTimeoutMinutes: z.number().int().nullable(),
  /** CIDR ranges; empty allows every address. */
  ipAllowlist: z.array(z.string()),
  requireMfa: z.boolean(),
  /** The address the server sees this request from, so the editor can show it. */
  currentIp: z.string(),
});
export type SecurityPolicy = z.infer<typeof SecurityPolicySchema>;

export const UpdateSecurityPolicyBodySchema = z.strictObject({
  passwordMinLength: z.number().int().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  checkBreachedPasswords: z.boolean(),
  sessionTimeoutMinutes: z.number().int().min(SESSION_TIMEOUT_MINUTES.min).max(SESSION_TIMEOUT_MINUTES.max).nullable(),
  ipAllowlist: z.array(IpRangeSchema).max(ACCOUNT_IP_ALLOWLIST_MAX),
  requireMfa: z.boolean(),
});
export type UpdateSecurityPolicyBody = z.infer<typeof UpdateSecurityPolicyBodySchema>;

// Features

export const FeatureSettingSchema = z.object({ key: z.string(), label: z.string(), enabled: z.boolean() });
export type FeatureSetting = z.infer<typeof FeatureSettingSchema>;
export const FeatureSettingsSchema = z.object({ items: z.array(FeatureSettingSchema) });
export type FeatureSettings = z.infer<typeof FeatureSettingsSchema>;

/** Feature key → enabled; keys left out keep their state. */
export const UpdateFeaturesBodySchema = z.strictObject({ features: z.record(z.string().max(60), z.boolean()) });
export type UpdateFeaturesBody = z.infer<typeof UpdateFeaturesBodySchema>;

// Custom domains

const HOSTNAME = /^(?=.{4,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const DomainNameSchema = z.string().trim().toLowerCase().transform((value) => value.replace(/\.$/, ''))
  .refine((value) => HOSTNAME.test(value), { message: 'Enter a host name such as workflows.example.com (letters, digits and hyphens, no scheme or path)' });

export const DOMAIN_STATUSES = ['pending', 'verified'] as const;

export const AccountDomainSchema = z.object({
  id: z.uuid(),
  domain: z.string(),
  status: z.enum(DOMAIN_STATUSES),
  /** Create a TXT record with this name and the token as its value, then verify. */
  txtRecordName: z.string(),
  verificationToken: z.string(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountDomain = z.infer<typeof AccountDomainSchema>;
export const AccountDomainListSchema = z.object({ items: z.array(AccountDomainSchema) });
export type AccountDomainList = z.infer<typeof AccountDomainListSchema>;

export const CreateDomainBodySchema = z.strictObject({ domain: DomainNameSchema });
export type CreateDomainBody = z.infer<typeof CreateDomainBodySchema>;

// Audit settings

export const AuditSettingsSchema = z.object({ retentionDays: z.number().int() });
export type AuditSettings = z.infer<typeof AuditSettingsSchema>;

export const UpdateAuditSettingsBodySchema = z.strictObject({
  retentionDays: z.number().int().min(AUDIT_RETENTION_DAYS.min).max(AUDIT_RETENTION_DAYS.max),
});
export type UpdateAuditSettingsBody = z.infer<typeof UpdateAuditSettingsBodySchema>;
