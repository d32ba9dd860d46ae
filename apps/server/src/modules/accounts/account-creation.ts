/**
 * Creating an account (tenant) with its first owner, shared by sign-up and "new account". Runs in
 * the new account's own tenant scope so row-level security checks every insert.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountSummary } from '@flowforge/contracts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import type { Platform } from '../../platform/platform.ts';
import { recordAudit } from '../../platform/audit.ts';
import { insertAccount, insertMembership, setActiveAccount } from './accounts.repository.ts';
import { slugify, withSuffix } from './slug.ts';

export type NewAccount = { userId: string; sessionId: string | null; name: string; ip: string; requestId: string };

/** Creates the account, makes the user its owner, optionally makes it the session's active account. */
export async function createAccountFor(platform: Platform, input: NewAccount): Promise<AccountSummary> {
  const accountId = randomUUID();
  return withTenant(platform.appPool, { accountId, userId: input.userId }, async (tx) => {
    const slug = await insertWithFreeSlug(tx, accountId, input.name);
    await insertMembership(tx, { accountId, userId: input.userId, role: 'owner' });
    if (input.sessionId) await setActiveAccount(tx, input.sessionId, accountId);
    const account: AccountSummary = { id: accountId, name: input.name, slug };
    const ctx = { requestId: input.requestId, ip: input.ip, principal: { userId: input.userId, accountId } };
    await recordAudit(tx, ctx, { action: 'account.created', resourceType: 'account', resourceId: accountId, after: account });
    return account;
  });
}

async function insertWithFreeSlug(tx: Parameters<typeof insertAccount>[0], accountId: string, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; ; attempt += 1) {
    const slug = attempt === 0 ? base : withSuffix(base, randomBytes(attempt < 3 ? 2 : 4).toString('hex'));
    if (await insertAccount(tx, { id: accountId, name, slug })) return slug;
  }
}
