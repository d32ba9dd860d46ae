/**
 * Custom-domain proof of control: the account publishes its verification token as a TXT record at
 * `_flowforge-challenge.<domain>`. Looks the record up with node:dns (the servers in DNS_SERVERS,
 * else the system's) and says whether the token is there.
 */
import { Resolver } from 'node:dns/promises';
import { TransientError } from '../../platform/errors.ts';

export const CHALLENGE_PREFIX = '_flowforge-challenge';

/** Answers that mean "no such record (yet)", as opposed to a DNS failure. */
const NOT_FOUND_CODES = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN', 'ENONAME']);

export function challengeRecordName(domain: string): string {
  return `${CHALLENGE_PREFIX}.${domain}`;
}

/** The TXT values at `name` (each record's strings joined); empty when there is none. */
export async function lookupTxt(name: string, servers: readonly string[]): Promise<string[]> {
  const resolver = new Resolver({ timeout: 2500, tries: 2 });
  if (servers.length > 0) resolver.setServers([...servers]);
  try {
    const records = await resolver.resolveTxt(name);
    return records.map((chunks) => chunks.join(''));
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (NOT_FOUND_CODES.has(code)) return [];
    throw new TransientError(`The DNS lookup of ${name} failed (${code || 'unknown error'}). Try again in a minute.`, 60);
  }
}

/** True when a TXT record at the domain's challenge name holds exactly the token. */
export async function hasChallengeToken(domain: string, options: { token: string; servers: readonly string[] }): Promise<boolean> {
  const values = await lookupTxt(challengeRecordName(domain), options.servers);
  return values.some((value) => value.trim() === options.token);
}
