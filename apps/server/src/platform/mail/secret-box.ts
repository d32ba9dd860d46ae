/**
 * Encrypts small secrets at rest (the SMTP password of an account) with AES-256-GCM under a key
 * derived from the instance secret with HKDF; the purpose string separates keys of different uses.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretKey = { secret: string; purpose: string };

function deriveKey(key: SecretKey): Buffer {
  return Buffer.from(hkdfSync('sha256', key.secret, 'flowforge-secret-box', key.purpose, 32));
}

/** Returns `v1.<base64url(iv | tag | ciphertext)>`. */
export function encryptSecret(key: SecretKey, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(key), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** Decrypts what `encryptSecret` made; throws if the value was tampered with or the key differs. */
export function decryptSecret(key: SecretKey, sealed: string): string {
  const [version, body] = sealed.split('.');
  if (version !== VERSION || !body) throw new Error('Unknown secret format');
  const bytes = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(key), bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
