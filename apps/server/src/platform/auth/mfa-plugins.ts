/**
 * Multi-factor authentication for better-auth (spec 15.1): TOTP with recovery codes (the two-factor
 * plugin) and WebAuthn passkeys, mapped onto migration 0011's tables. The account's require-MFA
 * policy reads users.two_factor_enabled only, which the two-factor plugin sets once the first code
 * is verified; passkeys do not change it (see docs/mfa.md).
 */
import { passkey } from '@better-auth/passkey';
import { twoFactor } from 'better-auth/plugins';
import { markPasskeyUsed, passkeyRules } from './passkey-rules.ts';

export const MFA_ISSUER = 'FlowForge';
/** "Trust this device": the second step is skipped on that browser for 30 days. */
export const TRUST_DEVICE_DAYS = 30;

export type MfaPluginOptions = { baseUrl: string; trustedOrigins: string[] };

export function buildMfaPlugins(options: MfaPluginOptions) {
  return [
    twoFactor({
      issuer: MFA_ISSUER,
      trustDeviceMaxAge: TRUST_DEVICE_DAYS * 24 * 60 * 60,
      schema: {
        user: { fields: { twoFactorEnabled: 'two_factor_enabled' } },
        twoFactor: {
          modelName: 'two_factors',
          fields: {
            userId: 'user_id', backupCodes: 'backup_codes', failedVerificationCount: 'failed_verification_count',
            lockedUntil: 'locked_until',
          },
        },
      },
    }),
    passkey({
      rpName: MFA_ISSUER,
      // WebAuthn binds a credential to a domain: the host name users reach FlowForge at.
      rpID: new URL(options.baseUrl).hostname,
      origin: options.trustedOrigins,
      // Discoverable credentials, so "Sign in with a passkey" needs no e-mail address first.
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      authentication: { afterVerification: ({ ctx, clientData }) => markPasskeyUsed(ctx, clientData.id) },
      schema: {
        passkey: {
          modelName: 'passkeys',
          fields: {
            userId: 'user_id', publicKey: 'public_key', credentialID: 'credential_id', deviceType: 'device_type',
            backedUp: 'backed_up', createdAt: 'created_at',
          },
        },
      },
    }),
    passkeyRules(),
  ];
}
