/** SQL for the mail outbox (tenant table `mail_outbox`); every function runs in a tenant transaction. */
import type { Tx } from '../db/pool.ts';

export type MailStatus = 'queued' | 'sent' | 'failed' | 'held';

export type OutboxSummary = {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type OutboxMail = OutboxSummary & { html: string; text: string };

const SUMMARY_COLUMNS = `id, to_address as "to", subject, status, attempts, last_error as "lastError",
  to_json(created_at)#>>'{}' as "createdAt", to_json(sent_at)#>>'{}' as "sentAt"`;

export type NewMail = {
  accountId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** A mail sent right away (the settings' test mail) is stored with its outcome; default 'queued'. */
  outcome?: { status: 'sent' | 'failed'; error: string | null };
};

export async function insertMail(tx: Tx, mail: NewMail): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into mail_outbox (account_id, to_address, subject, html, text, status, attempts, last_error, sent_at)
     values ($1, $2, $3, $4, $5, coalesce($6, 'queued'), case when $6::text is null then 0 else 1 end, $7,
             case when $6 = 'sent' then now() end)
     returning id`,
    [mail.accountId, mail.to, mail.subject, mail.html, mail.text, mail.outcome?.status ?? null, mail.outcome?.error ?? null],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into mail_outbox returned no row');
  return row.id;
}

export async function findMail(tx: Tx, id: string): Promise<OutboxMail | undefined> {
  const { rows } = await tx.query<OutboxMail>(`select ${SUMMARY_COLUMNS}, html, text from mail_outbox where id = $1`, [id]);
  return rows[0];
}

export type DeliveryOutcome = { id: string; status: MailStatus; error: string | null };

/** Records one delivery attempt: sent (with sent_at), failed, held or still queued (retry). */
export async function recordDeliveryAttempt(tx: Tx, outcome: DeliveryOutcome): Promise<void> {
  await tx.query(
    `update mail_outbox
        set status = $2, attempts = attempts + 1, last_error = $3,
            sent_at = case when $2 = 'sent' then now() else sent_at end
      where id = $1`,
    [outcome.id, outcome.status, outcome.error],
  );
}

export type OutboxPage = { after: [string, string] | null; limit: number; status?: MailStatus | undefined };

/** Newest first (keyset on created_at, id); fetches limit + 1 to know if more follow. */
export async function listOutbox(tx: Tx, page: OutboxPage): Promise<OutboxSummary[]> {
  const { rows } = await tx.query<OutboxSummary>(
    `select ${SUMMARY_COLUMNS} from mail_outbox
      where ($1::timestamptz is null or (created_at, id) < ($1::timestamptz, $2::uuid))
        and ($3::text is null or status = $3)
      order by created_at desc, id desc
      limit $4`,
    [page.after?.[0] ?? null, page.after?.[1] ?? null, page.status ?? null, page.limit + 1],
  );
  return rows;
}

export type AccountBrandingRow = { name: string; settings: Record<string, unknown> };

export async function findAccountBranding(tx: Tx, accountId: string): Promise<AccountBrandingRow | undefined> {
  const { rows } = await tx.query<AccountBrandingRow>('select name, settings from accounts where id = $1', [accountId]);
  return rows[0];
}
