/**
 * Secrets FlowForge generates on first start and keeps in `<DATA_DIR>/secrets.json` (mode 600):
 * the session-signing secret, the database passwords of the embedded cluster and the app role, and
 * the RSA keys that sign OAuth access tokens (newest first; see docs/service-accounts.md).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSigningKeyPem, KEPT_SIGNING_KEYS } from './auth/signing-keys.ts';

export type Secrets = { authSecret: string; superuserPassword: string; ownerPassword: string; appPassword: string; demoPassword: string; jwtSigningKeys: string[] };

/** Reads the secrets file, adding any missing secret (so upgrades can introduce new ones). */
export async function loadSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Partial<Secrets> = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Partial<Secrets>) : {};
  const secrets: Secrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString('base64url'),
    superuserPassword: stored.superuserPassword ?? randomBytes(18).toString('base64url'),
    ownerPassword: stored.ownerPassword ?? randomBytes(18).toString('base64url'),
    appPassword: stored.appPassword ?? randomBytes(18).toString('base64url'),
    demoPassword: stored.demoPassword ?? `demo-${randomBytes(6).toString('base64url')}`,
    jwtSigningKeys: stored.jwtSigningKeys?.length ? stored.jwtSigningKeys : [await generateSigningKeyPem()],
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) await writeSecrets(dataDir, secrets);
  return secrets;
}

/**
 * Puts a new JWT signing key first and keeps the one before it, so tokens it signed still verify
 * until they expire. Servers pick the new key up on restart.
 */
export async function rotateJwtSigningKey(dataDir: string): Promise<Secrets> {
  const secrets = await loadSecrets(dataDir);
  const rotated = { ...secrets, jwtSigningKeys: [await generateSigningKeyPem(), ...secrets.jwtSigningKeys].slice(0, KEPT_SIGNING_KEYS) };
  await writeSecrets(dataDir, rotated);
  return rotated;
}

async function writeSecrets(dataDir: string, secrets: Secrets): Promise<void> {
  const file = path.join(dataDir, 'secrets.json');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}
