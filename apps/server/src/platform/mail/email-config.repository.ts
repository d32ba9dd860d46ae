/** SQL for an account's own SMTP settings (tenant table `account_email_config`). */
import type { Tx } from '../db/pool.ts';

export type SmtpSecurity = 'tls' | 'starttls' | 'none';

export type EmailConfigRow = {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string | null;
  passwordEncrypted: string | null;
  fromAddress: string;
  fromName: string | null;
  replyTo: string | null;
  enabled: boolean;
  updatedAt: string;
};

const COLUMNS = `host, port, security, username, password_encrypted as "passwordEncrypted", from_address as "fromAddress",
  from_name as "fromName", reply_to as "replyTo", enabled, to_json(updated_at)#>>'{}' as "updatedAt"`;

export async function findEmailConfig(tx: Tx, accountId: string): Promise<EmailConfigRow | undefined> {
  const { rows } = await tx.query<EmailConfigRow>(`select ${COLUMNS} from account_email_config where account_id = $1`, [accountId]);
  return rows[0];
}

export type EmailConfigWrite = Omit<EmailConfigRow, 'updatedAt'> & { accountId: string };

export async function upsertEmailConfig(tx: Tx, config: EmailConfigWrite): Promise<EmailConfigRow> {
  const { rows } = await tx.query<EmailConfigRow>(
    `insert into account_email_config (account_id, host, port, security, username, password_encrypted, from_address, from_name, reply_to, enabled)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (account_id) do update
        set host = excluded.host, port = excluded.port, security = excluded.security, username = excluded.username,
            password_encrypted = excluded.password_encrypted, from_address = excluded.from_address,
            from_name = excluded.from_name, reply_to = excluded.reply_to, enabled = excluded.enabled, updated_at = now()
     returning ${COLUMNS}`,
    [config.accountId, config.host, config.port, config.security, config.username, config.passwordEncrypted,
      config.fromAddress, config.fromName, config.replyTo, config.enabled],
  );
  const row = rows[0];
  if (!row) throw new Error('upsert into account_email_config returned no row');
  return row;
}
