/**
 * The account's own SMTP server (spec 3.2): read, change (password sealed, never returned) and
 * try it with a test e-mail to the caller. Delivery itself is platform/mail.
 */
import type { z } from 'zod';
import type { EmailSettings, SmtpSettings, UpdateEmailSettingsBodySchema } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { requireAccount, type RequestContext } from '../../platform/http/request-context.ts';
import { findEmailConfig, upsertEmailConfig, type EmailConfigRow } from '../../platform/mail/email-config.repository.ts';
import { encryptSecret } from '../../platform/mail/secret-box.ts';
import { smtpPasswordKey } from '../../platform/mail/transport.ts';
import type { Platform } from '../../platform/platform.ts';

export type EmailSettingsUpdate = z.output<typeof UpdateEmailSettingsBodySchema>;

/** The public view of a stored configuration: everything but the password. */
export function toSmtpSettings(row: EmailConfigRow): SmtpSettings {
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    hasPassword: row.passwordEncrypted !== null,
    fromAddress: row.fromAddress,
    fromName: row.fromName,
    replyTo: row.replyTo,
    enabled: row.enabled,
    updatedAt: row.updatedAt,
  };
}

function toEmailSettings(row: EmailConfigRow | undefined, platform: Platform): EmailSettings {
  const smtp = row ? toSmtpSettings(row) : null;
  const instanceSmtp = Boolean(platform.config.smtpUrl);
  const delivery = smtp?.enabled ? 'account' : instanceSmtp ? 'instance' : 'held';
  return { smtp, instanceSmtp, delivery };
}

export async function getEmailSettings(platform: Platform, ctx: RequestContext): Promise<EmailSettings> {
  const { principal } = requireAccount(ctx);
  const row = await withTenant(platform.appPool, { accountId: principal.accountId, userId: principal.userId }, (tx) => findEmailConfig(tx, principal.accountId));
  return toEmailSettings(row, platform);
}

/** Saves the settings; an omitted password keeps the stored one, null or '' removes it. */
export async function updateEmailSettings(platform: Platform, ctx: RequestContext, body: EmailSettingsUpdate): Promise<EmailSettings> {
  const tenant = requireAccount(ctx);
  const { accountId, userId } = tenant.principal;
  return withTenant(platform.appPool, { accountId, userId }, async (tx) => {
    const before = await findEmailConfig(tx, accountId);
    const passwordEncrypted = body.password === undefined
      ? (before?.passwordEncrypted ?? null)
      : body.password ? encryptSecret(smtpPasswordKey(platform), body.password) : null;
    const { password: _password, ...fields } = body;
    const after = await upsertEmailConfig(tx, { accountId, ...fields, passwordEncrypted });
    await recordAudit(tx, tenant, {
      action: 'email-settings.updated',
      resourceType: 'email-settings',
      resourceId: accountId,
      before: before ? toSmtpSettings(before) : null,
      after: toSmtpSettings(after),
    });
    return toEmailSettings(after, platform);
  });
}
