import { z } from 'zod';

export const THEMES = ['light', 'dark', 'system'] as const;
export const LOCALES = ['en', 'de'] as const;
export const ACCOUNT_TIERS = ['free', 'professional', 'enterprise', 'custom'] as const;

export const ThemeSchema = z.enum(THEMES);
export const LocaleSchema = z.enum(LOCALES);
export const AccountTierSchema = z.enum(ACCOUNT_TIERS);
export type AccountTier = z.infer<typeof AccountTierSchema>;

export const PreferencesSchema = z.object({
  theme: ThemeSchema,
  locale: LocaleSchema,
  /** IANA time zone for dates and times (set in My settings → Profile); absent or null: the browser's. */
  timeZone: z.string().nullable().optional(),
  /** Regional format for dates and numbers (`de-CH`, see FORMAT_LOCALES); absent or null: the UI language. */
  formatLocale: z.string().nullable().optional(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const UpdatePreferencesBodySchema = z.strictObject({
  theme: ThemeSchema.optional(),
  locale: LocaleSchema.optional(),
});
export type UpdatePreferencesBody = z.infer<typeof UpdatePreferencesBodySchema>;

export const AccountSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummarySchema>;

export const CurrentAccountSchema = AccountSummarySchema.extend({ tier: AccountTierSchema, roles: z.array(z.string()), disabledFeatures: z.array(z.string()) });

export const MeResponseSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    /** The avatar, `/api/v1/images/<id>`, or null. */
    image: z.string().nullable(),
    preferences: PreferencesSchema,
  }),
  account: CurrentAccountSchema,
  accounts: z.array(AccountSummarySchema),
  permissions: z.array(z.string()),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const SwitchAccountBodySchema = z.strictObject({ accountId: z.uuid() });
export type SwitchAccountBody = z.infer<typeof SwitchAccountBodySchema>;
