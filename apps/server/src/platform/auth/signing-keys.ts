/**
 * The RSA key pairs that sign OAuth access tokens (RS256). They are kept, newest first, as PKCS#8
 * PEM in `<DATA_DIR>/secrets.json`; the first signs new tokens, every one verifies and is published
 * in the JWKS, so rotating (prepending a new key) never breaks tokens already issued. The key id is
 * the RFC 7638 thumbprint, so it needs no storage and is the same on every server.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Jwks } from '@flowforge/contracts';

export type RsaPublicJwk = { kty: 'RSA'; kid: string; use: 'sig'; alg: 'RS256'; n: string; e: string };
export type SigningKey = { kid: string; privateKey: KeyObject; publicKey: KeyObject; jwk: RsaPublicJwk };
/** `current` signs; `byKid` verifies (current and previous keys). */
export type SigningKeys = { current: SigningKey; byKid: ReadonlyMap<string, SigningKey> };

/** How many keys the secrets file keeps after a rotation: the new one and the one before it. */
export const KEPT_SIGNING_KEYS = 2;

const generateRsaKeyPair = promisify(generateKeyPair);

/** A new RSA-2048 private key as PKCS#8 PEM. */
export async function generateSigningKeyPem(): Promise<string> {
  const { privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return privateKey;
}

/** Loads PEM keys, newest first; throws on an empty list or a key that is not RSA. */
export function buildSigningKeys(pems: readonly string[]): SigningKeys {
  const keys = pems.map(toSigningKey);
  const current = keys[0];
  if (!current) throw new Error('No JWT signing key: secrets.json needs at least one entry in jwtSigningKeys.');
  return { current, byKid: new Map(keys.map((key) => [key.kid, key])) };
}

/** The public keys as a JSON Web Key Set (RFC 7517), current key first. */
export function buildJwks(keys: SigningKeys): Jwks {
  return { keys: [...keys.byKid.values()].map((key) => key.jwk) };
}

function toSigningKey(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('JWT signing keys must be RSA keys.');
  const publicKey = createPublicKey(privateKey);
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (!n || !e) throw new Error('The JWT signing key has no RSA modulus or exponent.');
  // RFC 7638 §3: the thumbprint hashes the required members in lexicographic order, no spaces.
  const kid = createHash('sha256').update(JSON.stringify({ e, kty: 'RSA', n })).digest('base64url');
  return { kid, privateKey, publicKey, jwk: { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n, e } };
}
