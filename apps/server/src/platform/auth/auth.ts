/**
 * better-auth, configured for FlowForge: e-mail + password, sessions in PostgreSQL (our snake_case
 * tables from migration 0002), httpOnly sameSite=lax cookies, secure behind https, TOTP and passkeys
 * (mfa-plugins.ts, tables from migration 0011), and users.last_login_at kept on every sign-in.
 */
import { betterAuth } from 'better-auth';
import { PASSWORD_MIN_LENGTH } from '@flowforge/contracts';
import type { Pool } from '../db/pool.ts';
import { recordSignIn } from './last-sign-in.ts';
import { buildMfaPlugins } from './mfa-plugins.ts';

/** Sessions last a week and are extended by a week when used after a day. */
export const SESSION_EXPIRES_IN_S = 7 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

export type AuthOptions = { pool: Pool; secret: string; baseUrl: string; trustedOrigins: string[] };

/** Builds the better-auth instance mounted under /api/auth. */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: 'FlowForge',
    baseURL: options.baseUrl,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: options.trustedOrigins,
    database: options.pool,
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN_LENGTH, maxPasswordLength: 128 },
    // Our own token bucket (platform/http/rate-limit.ts) limits every route, auth included.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      database: { generateId: 'uuid' },
      useSecureCookies: options.baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      cookiePrefix: 'flowforge',
    },
    user: {
      modelName: 'users',
      fields: { emailVerified: 'email_verified', createdAt: 'created_at', updatedAt: 'updated_at' },
    },
    session: {
      expiresIn: SESSION_EXPIRES_IN_S,
      updateAge: SESSION_UPDATE_AGE_S,
      modelName: 'user_sessions',
      fields: {
        userId: 'user_id', expiresAt: 'expires_at', ipAddress: 'ip_address', userAgent: 'user_agent',
        createdAt: 'created_at', updatedAt: 'updated_at',
      },
      additionalFields: {
        activeAccountId: { type: 'string', required: false, input: false, fieldName: 'active_account_id' },
      },
    },
    account: {
      modelName: 'user_credentials',
      fields: {
        userId: 'user_id', accountId: 'provider_account_id', providerId: 'provider_id', accessToken: 'access_token',
        refreshToken: 'refresh_token', idToken: 'id_token', accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at', createdAt: 'created_at', updatedAt: 'updated_at',
      },
    },
    verification: {
      modelName: 'verifications',
      fields: { expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at' },
    },
    plugins: buildMfaPlugins({ baseUrl: options.baseUrl, trustedOrigins: options.trustedOrigins }),
    databaseHooks: {
      session: { create: { after: (session, ctx) => recordSignIn(options.pool, session.userId, ctx) } },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
