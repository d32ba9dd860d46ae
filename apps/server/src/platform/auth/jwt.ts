/**
 * RS256 JSON Web Tokens (RFC 7519, 7515) with node:crypto only: signing the access tokens of the
 * OAuth token endpoint and verifying them on every request, locally (no database). Only RS256 is
 * accepted — never `none` or an HMAC algorithm — and only keys from our own key set.
 */
import { randomUUID, sign, verify } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE } from '@flowforge/contracts';
import type { SigningKey, SigningKeys } from './signing-keys.ts';

/** Claims of a FlowForge access token (RFC 9068 profile). */
export type AccessTokenClaims = {
  iss: string;
  /** The service user the token acts as. */
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  jti: string;
  /** The account the service belongs to. */
  acc: string;
  client_id: string;
  /** Space-separated permissions. */
  scope: string;
};

export type JwtCheck = { ok: true; claims: AccessTokenClaims } | { ok: false; reason: string };

export type AccessTokenInput = { issuer: string; subject: string; accountId: string; clientId: string; scope: string; ttlSeconds: number; now: number };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs any claims with `key` (header: RS256, its kid). */
export function signJwt(claims: object, key: SigningKey): string {
  const signingInput = `${encode({ alg: 'RS256', typ: 'at+jwt', kid: key.kid })}.${encode(claims)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
}

/** A fresh access token for a client; `now` in milliseconds. */
export function issueAccessToken(input: AccessTokenInput, keys: SigningKeys): string {
  const iat = Math.floor(input.now / 1000);
  const claims: AccessTokenClaims = {
    iss: input.issuer, sub: input.subject, aud: ACCESS_TOKEN_AUDIENCE, exp: iat + input.ttlSeconds, iat, jti: randomUUID(),
    acc: input.accountId, client_id: input.clientId, scope: input.scope,
  };
  return signJwt(claims, keys.current);
}

type Decoded = { header: Record<string, unknown>; payload: Record<string, unknown>; signingInput: string; signature: Buffer };

function decode(token: string): Decoded | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header = '', payload = '', signature = ''] = parts;
  try {
    const parsed = { header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown, payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown };
    if (!isObject(parsed.header) || !isObject(parsed.payload)) return null;
    return { header: parsed.header, payload: parsed.payload, signingInput: `${header}.${payload}`, signature: Buffer.from(signature, 'base64url') };
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Verifies signature, expiry, issuer and audience of an access token; `now` in milliseconds. */
export function verifyAccessToken(token: string, options: { keys: SigningKeys; issuer: string; now: number }): JwtCheck {
  const decoded = decode(token);
  if (!decoded) return { ok: false, reason: 'The access token is not a well-formed JWT.' };
  const { header, payload } = decoded;
  if (header.alg !== 'RS256') return { ok: false, reason: 'The access token must be signed with RS256.' };
  const key = typeof header.kid === 'string' ? options.keys.byKid.get(header.kid) : undefined;
  if (!key) return { ok: false, reason: 'The access token was signed with a key this server does not know (see /.well-known/jwks.json).' };
  if (!verify('sha256', Buffer.from(decoded.signingInput), key.publicKey, decoded.signature)) return { ok: false, reason: 'The access token signature is invalid.' };
  if (!hasAccessTokenClaims(payload)) return { ok: false, reason: 'The access token lacks required claims.' };
  if (payload.exp * 1000 <= options.now) return { ok: false, reason: `The access token expired at ${new Date(payload.exp * 1000).toISOString()}; request a new one.` };
  if (payload.iss !== options.issuer) return { ok: false, reason: 'The access token was issued by another server.' };
  if (payload.aud !== ACCESS_TOKEN_AUDIENCE) return { ok: false, reason: `The access token is not meant for this API (audience must be ${ACCESS_TOKEN_AUDIENCE}).` };
  return { ok: true, claims: payload };
}

function hasAccessTokenClaims(payload: Record<string, unknown>): payload is AccessTokenClaims {
  const strings = ['iss', 'sub', 'aud', 'jti', 'acc', 'client_id', 'scope'] as const;
  return strings.every((name) => typeof payload[name] === 'string') && typeof payload.exp === 'number' && typeof payload.iat === 'number';
}
