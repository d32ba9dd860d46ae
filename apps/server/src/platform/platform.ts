/** What the running server is made of; built once in main.ts (or by the test harness). */
import type { Auth } from './auth/auth.ts';
import type { SigningKeys } from './auth/signing-keys.ts';
import type { Config } from './config.ts';
import type { Pool } from './db/pool.ts';
import type { RealtimeHub } from './realtime.ts';

export type Platform = {
  config: Config;
  /** Connects as the app role: owns nothing, row-level security applies. */
  appPool: Pool;
  /** Connects as the owner: migrations, workers, partition maintenance. Never serves requests. */
  ownerPool: Pool;
  auth: Auth;
  /** Signs session cookies (better-auth's secret). */
  authSecret: string;
  realtime: RealtimeHub;
  /** RSA keys that sign and verify OAuth access tokens (published at /.well-known/jwks.json). */
  signingKeys: SigningKeys;
  baseUrl: string;
  trustedOrigins: string[];
};
