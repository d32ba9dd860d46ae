/**
 * `node --import tsx apps/server/src/rotate-signing-key.ts`: puts a new RSA key first in
 * `<DATA_DIR>/secrets.json` (keeping the previous one), for rotating the access-token signing key.
 * Restart the server(s) afterwards: new tokens are signed with the new key, tokens signed with the
 * previous one keep verifying (both are in the JWKS) until they expire within the hour.
 */
import { buildSigningKeys } from './platform/auth/signing-keys.ts';
import { readConfig } from './platform/config.ts';
import { rotateJwtSigningKey } from './platform/secrets.ts';

const config = readConfig();
const secrets = await rotateJwtSigningKey(config.dataDir);
const keys = buildSigningKeys(secrets.jwtSigningKeys);
console.log(`New signing key ${keys.current.kid} in ${config.dataDir}/secrets.json; keys kept: ${[...keys.byKid.keys()].join(', ')}.`);
console.log('Restart FlowForge to sign new access tokens with it.');
