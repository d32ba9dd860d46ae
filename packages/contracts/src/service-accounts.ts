/**
 * Service accounts (spec §3.7, §14.1): non-interactive identities of an account that call the API
 * with API keys (`X-API-Key`) or OAuth 2.0 client-credentials access tokens (RS256 JWTs). Their
 * permissions come from each credential, never from roles. The OAuth token endpoint's bodies follow
 * RFC 6749 (snake_case, `{ error, error_description }`), not this API's conventions, on purpose.
 */
import { z } from 'zod';
import { pageSchema } from './pagination.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';

export const SERVICE_ACCOUNT_NAME_MAX = 100;
export const SERVICE_ACCOUNT_DESCRIPTION_MAX = 500;
export const CREDENTIAL_NAME_MAX = 100;
export const IP_ALLOWLIST_MAX = 50;
/** Lifetime of an OAuth access token (spec §14.1: one hour). */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
/** How long a rotated client secret keeps working by default; 0 ends it at once. */
export const DEFAULT_SECRET_GRACE_HOURS = 24;
export const MAX_SECRET_GRACE_HOURS = 168;
/** The `aud` claim of every access token. */
export const ACCESS_TOKEN_AUDIENCE = 'flowforge-api';

/** Permissions that only make sense for a person (own profile, creating accounts one would own). */
const PERSONAL_PERMISSIONS: readonly Permission[] = ['profile:update', 'accounts:create'];

/** What an API key or OAuth client may be granted: the catalog without the personal permissions. */
export const SERVICE_PERMISSIONS: readonly Permission[] = PERMISSIONS.filter((permission) => !PERSONAL_PERMISSIONS.includes(permission));

export function isServicePermission(value: string): value is Permission {
  return (SERVICE_PERMISSIONS as readonly string[]).includes(value);
}

const ServicePermissionSchema = z.string().refine(isServicePermission, {
  message: 'Unknown permission, or one a service account cannot hold (profile:update, accounts:create).',
}).transform((value) => value as Permission);

const ServicePermissionListSchema = z.array(ServicePermissionSchema).max(SERVICE_PERMISSIONS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'List each permission once.' });

/** Limits of their own, or null to share the account's tier. */
export const RATE_LIMIT_TIERS = ['free', 'professional', 'enterprise'] as const;
export const RateLimitSettingSchema = z.union([
  z.strictObject({ tier: z.enum(RATE_LIMIT_TIERS) }),
  z.strictObject({ perMinute: z.number().int().min(1).max(100_000), burst: z.number().int().min(1).max(10_000) }),
]);
export type RateLimitSetting = z.infer<typeof RateLimitSettingSchema>;

export const ServiceAccountStatusSchema = z.enum(['active', 'disabled']);

export const ServiceAccountSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  /** The user the service acts as: audit entries name it as the actor. */
  userId: z.uuid(),
  rateLimit: RateLimitSettingSchema.nullable(),
  status: ServiceAccountStatusSchema,
  activeApiKeyCount: z.number().int().min(0),
  activeOAuthClientCount: z.number().int().min(0),
  /** Latest use of any of its credentials (recorded at most once a minute). */
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  disabledAt: z.string().nullable(),
});
export type ServiceAccount = z.infer<typeof ServiceAccountSchema>;

export const ServiceAccountPageSchema = pageSchema(ServiceAccountSchema);
export type ServiceAccountPage = z.infer<typeof ServiceAccountPageSchema>;

const NameSchema = z.string().trim().min(1, 'Enter a name').max(SERVICE_ACCOUNT_NAME_MAX);
const DescriptionSchema = z.string().trim().max(SERVICE_ACCOUNT_DESCRIPTION_MAX);

export const CreateServiceAccountBodySchema = z.strictObject({
  name: NameSchema,
  description: DescriptionSchema.default(''),
  rateLimit: RateLimitSettingSchema.nullable().default(null),
});
export type CreateServiceAccountBody = z.input<typeof CreateServiceAccountBodySchema>;

export const UpdateServiceAccountBodySchema = z.strictObject({
  name: NameSchema.optional(),
  description: DescriptionSchema.optional(),
  rateLimit: RateLimitSettingSchema.nullable().optional(),
}).refine((body) => Object.keys(body).length > 0, { message: 'Change at least one of name, description, rateLimit.' });
export type UpdateServiceAccountBody = z.input<typeof UpdateServiceAccountBodySchema>;

export const CredentialStatusSchema = z.enum(['active', 'expired', 'revoked']);
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;

export const ApiKeySchema = z.object({
  id: z.uuid(),
  serviceAccountId: z.uuid(),
  name: z.string(),
  /** The first characters of the key (`ffk_` + 8), enough to recognise it; the rest is never stored. */
  prefix: z.string(),
  permissions: z.array(z.string()),
  /** CIDR ranges the key may be used from; empty means anywhere the account allows. */
  ipAllowlist: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  revokedAt: z.string().nullable(),
  status: CredentialStatusSchema,
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

/** Only the creation response carries the key itself, once. */
export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) });
export type ApiKeyList = z.infer<typeof ApiKeyListSchema>;

const IpRangeSchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { message: 'Enter an IP address or a CIDR range such as 203.0.113.0/24.' });

export const CreateApiKeyBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name').max(CREDENTIAL_NAME_MAX),
  permissions: ServicePermissionListSchema,
  ipAllowlist: z.array(z.string().trim().pipe(IpRangeSchema)).max(IP_ALLOWLIST_MAX).default([]),
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type CreateApiKeyBody = z.input<typeof CreateApiKeyBodySchema>;

export const OAuthClientSchema = z.object({
  id: z.uuid(),
  serviceAccountId: z.uuid(),
  name: z.string(),
  /** Public identifier sent as `client_id`. */
  clientId: z.string(),
  /** The scopes the client may request (space-separated in `scope`). */
  permissions: z.array(z.string()),
  accessTokenTtl: z.number().int(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  secretRotatedAt: z.string().nullable(),
  /** Until then the secret before the last rotation is still accepted. */
  previousSecretExpiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: CredentialStatusSchema,
});
export type OAuthClient = z.infer<typeof OAuthClientSchema>;

export const CreatedOAuthClientSchema = OAuthClientSchema.extend({ clientSecret: z.string() });
export type CreatedOAuthClient = z.infer<typeof CreatedOAuthClientSchema>;

export const OAuthClientListSchema = z.object({ items: z.array(OAuthClientSchema) });
export type OAuthClientList = z.infer<typeof OAuthClientListSchema>;

export const CreateOAuthClientBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name').max(CREDENTIAL_NAME_MAX),
  permissions: ServicePermissionListSchema,
});
export type CreateOAuthClientBody = z.input<typeof CreateOAuthClientBodySchema>;

export const RotateSecretBodySchema = z.strictObject({
  graceHours: z.number().int().min(0).max(MAX_SECRET_GRACE_HOURS).default(DEFAULT_SECRET_GRACE_HOURS),
});
export type RotateSecretBody = z.input<typeof RotateSecretBodySchema>;

/** RFC 6749 §4.4.2: the client-credentials token request (form-encoded or JSON). */
export const TokenRequestSchema = z.object({
  grant_type: z.string().min(1).max(100),
  client_id: z.string().min(1).max(200).optional(),
  client_secret: z.string().min(1).max(500).optional(),
  scope: z.string().max(4000).optional(),
});
export type TokenRequest = z.infer<typeof TokenRequestSchema>;

/** RFC 6749 §5.1. */
export const TokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'invalid_scope', 'unsupported_grant_type', 'unauthorized_client'] as const;
export type OAuthErrorCode = (typeof OAUTH_ERRORS)[number];

/** RFC 6749 §5.2. */
export const OAuthErrorSchema = z.object({ error: z.enum(OAUTH_ERRORS), error_description: z.string() });
export type OAuthError = z.infer<typeof OAuthErrorSchema>;

/** RFC 7517 JSON Web Key Set with the RSA public keys that sign access tokens. */
export const JwksSchema = z.object({
  keys: z.array(z.object({ kty: z.literal('RSA'), kid: z.string(), use: z.literal('sig'), alg: z.literal('RS256'), n: z.string(), e: z.string() })),
});
export type Jwks = z.infer<typeof JwksSchema>;
