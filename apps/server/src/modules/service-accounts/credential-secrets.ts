/**
 * The secrets of service credentials — API keys, OAuth client ids and secrets — and the rule that
 * nobody grants a credential more than they hold themselves. Keys and secrets are 32 random bytes,
 * shown once and stored only as SHA-256 (platform/auth/api-key-principal.ts).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Permission } from '@flowforge/contracts';
import { API_KEY_PREFIX, hashCredential } from '../../platform/auth/api-key-principal.ts';
import { DomainError } from '../../platform/errors.ts';

export type NewApiKey = { key: string; prefix: string; hash: string };

/** `ffk_` + 43 base64url characters; the prefix shown in lists is its first 12 characters. */
export function generateApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 8), hash: hashCredential(key) };
}

/** A public client id: `ffc_` + 22 base64url characters. */
export function generateClientId(): string {
  return `ffc_${randomBytes(16).toString('base64url')}`;
}

export function generateClientSecret(): { secret: string; hash: string } {
  const secret = `ffs_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashCredential(secret) };
}

/** Compares a presented secret with a stored hash in constant time. */
export function isSecretMatching(secret: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const presented = Buffer.from(hashCredential(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** Refuses (403) to grant permissions the caller does not hold: no privilege escalation through a credential. */
export function assertGrantable(requested: readonly Permission[], held: readonly Permission[]): void {
  const missing = requested.map((permission, index) => ({ permission, index })).filter(({ permission }) => !held.includes(permission));
  if (missing.length === 0) return;
  throw new DomainError('forbidden', `You cannot grant permissions you do not hold yourself: ${missing.map((m) => m.permission).join(', ')}.`, {
    errors: missing.map(({ permission, index }) => ({ pointer: `/permissions/${index}`, message: `You do not hold ${permission}` })),
  });
}
