/** SQL for the custom domains of the tenant in scope (row-level security hides the others'). */
import type { AccountDomain } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';
import { challengeRecordName } from './dns-challenge.ts';

type DomainRow = Omit<AccountDomain, 'txtRecordName'>;

const COLUMNS = `id, domain, status, verification_token as "verificationToken",
  to_json(verified_at)#>>'{}' as "verifiedAt", to_json(created_at)#>>'{}' as "createdAt"`;

function withRecordName(row: DomainRow): AccountDomain {
  return { ...row, txtRecordName: challengeRecordName(row.domain) };
}

export async function listDomains(tx: Tx): Promise<AccountDomain[]> {
  const { rows } = await tx.query<DomainRow>(`select ${COLUMNS} from account_domains order by created_at, domain`);
  return rows.map(withRecordName);
}

export async function countDomains(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ count: string }>('select count(*) from account_domains');
  return Number(rows[0]?.count ?? 0);
}

export async function findDomain(tx: Tx, id: string): Promise<AccountDomain | undefined> {
  const { rows } = await tx.query<DomainRow>(`select ${COLUMNS} from account_domains where id = $1`, [id]);
  return rows[0] ? withRecordName(rows[0]) : undefined;
}

/** Inserts a pending domain; a domain held by any account violates account_domains_domain_idx (23505). */
export async function insertDomain(tx: Tx, row: { accountId: string; domain: string; token: string }): Promise<AccountDomain | undefined> {
  const { rows } = await tx.query<DomainRow>(
    `insert into account_domains (account_id, domain, verification_token) values ($1, $2, $3) returning ${COLUMNS}`,
    [row.accountId, row.domain, row.token],
  );
  return rows[0] ? withRecordName(rows[0]) : undefined;
}

export async function markDomainVerified(tx: Tx, id: string): Promise<AccountDomain | undefined> {
  const { rows } = await tx.query<DomainRow>(
    `update account_domains set status = 'verified', verified_at = coalesce(verified_at, now()) where id = $1 returning ${COLUMNS}`,
    [id],
  );
  return rows[0] ? withRecordName(rows[0]) : undefined;
}

export async function deleteDomain(tx: Tx, id: string): Promise<AccountDomain | undefined> {
  const { rows } = await tx.query<DomainRow>(`delete from account_domains where id = $1 returning ${COLUMNS}`, [id]);
  return rows[0] ? withRecordName(rows[0]) : undefined;
}
