import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken, signJwt, verifyAccessToken } from './jwt.ts';
import { buildJwks, buildSigningKeys, generateSigningKeyPem, type SigningKeys } from './signing-keys.ts';

const ISSUER = 'https://flowforge.example';
const NOW = Date.UTC(2030, 0, 1, 12);
let previous: SigningKeys;
let rotated: SigningKeys;
let stranger: SigningKeys;

beforeAll(async () => {
  const [older, newer, other] = await Promise.all([generateSigningKeyPem(), generateSigningKeyPem(), generateSigningKeyPem()]);
  previous = buildSigningKeys([older]);
  rotated = buildSigningKeys([newer, older]);
  stranger = buildSigningKeys([other]);
});

const input = { issuer: ISSUER, subject: 'user-1', accountId: 'account-1', clientId: 'ffc_x', scope: 'account:read', ttlSeconds: 3600, now: NOW };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens', () => {
  it('verifies a token it issued, with its claims', () => {
    const token = issueAccessToken(input, rotated);

    const check = verifyAccessToken(token, { keys: rotated, issuer: ISSUER, now: NOW + 1000 });

    expect(check).toMatchObject({ ok: true, claims: { sub: 'user-1', acc: 'account-1', aud: 'flowforge-api', exp: NOW / 1000 + 3600, scope: 'account:read' } });
  });

  it('keeps verifying tokens of the previous key after a rotation, and publishes both keys', () => {
    const token = issueAccessToken(input, previous);

    const check = verifyAccessToken(token, { keys: rotated, issuer: ISSUER, now: NOW });
    const jwks = buildJwks(rotated);

    expect(check.ok).toBe(true);
    expect(jwks.keys.map((key) => key.kid)).toEqual([rotated.current.kid, previous.current.kid]);
    expect(createPublicKey({ key: jwks.keys[0] as JsonWebKey, format: 'jwk' }).asymmetricKeyType).toBe('rsa');
  });

  it.each([
    ['expired', () => issueAccessToken({ ...input, now: NOW - 3_600_000 }, rotated), /^The access token expired at 2030-01-01T12:00:00.000Z/],
    ['from another issuer', () => issueAccessToken({ ...input, issuer: 'https://elsewhere.example' }, rotated), /issued by another server/],
    ['for another audience', () => signJwt({ ...claimsOf(issueAccessToken(input, rotated)), aud: 'other' }, rotated.current), /not meant for this API/],
    ['signed by an unknown key', () => issueAccessToken(input, stranger), /key this server does not know/],
    ['unsigned (alg none)', () => `${encode({ alg: 'none', kid: rotated.current.kid })}.${encode(claimsOf(issueAccessToken(input, rotated)))}.`, /must be signed with RS256/],
    ['missing claims', () => signJwt({ iss: ISSUER }, rotated.current), /lacks required claims/],
    ['not a JWT', () => 'abc.def', /not a well-formed JWT/],
  ])('refuses a token %s', (_case, make, reason) => {
    const check = verifyAccessToken(make(), { keys: rotated, issuer: ISSUER, now: NOW });

    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toMatch(reason);
  });
});

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
