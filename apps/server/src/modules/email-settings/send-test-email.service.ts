/** "Send test e-mail": delivers right away through the transport mail would use, and tells why not. */
import { recordAudit } from '../../platform/audit.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import { renderAccountMail } from '../../platform/mail/enqueue.ts';
import { insertMail } from '../../platform/mail/outbox.repository.ts';
import type { MailMessage } from '../../platform/mail/render.ts';
import { MailSendError, resolveTransport, sendMail, type SmtpTransport } from '../../platform/mail/transport.ts';
import type { Platform } from '../../platform/platform.ts';

function buildTestMessage(tenant: TenantContext, transport: SmtpTransport): MailMessage {
  const { name, accountName, preferences } = tenant.principal;
  const server = `${transport.options.host ?? 'localhost'}:${transport.options.port ?? ''}`;
  if (preferences.locale === 'de') {
    return {
      subject: 'FlowForge-Test-E-Mail',
      heading: 'Ihre E-Mail-Einstellungen funktionieren',
      paragraphs: [`${name} hat diese Test-E-Mail für ${accountName ?? 'FlowForge'} gesendet.`, `Zugestellt über ${transport.source === 'account' ? 'den SMTP-Server des Kontos' : 'den SMTP-Server der Instanz'} (${server}).`],
    };
  }
  return {
    subject: 'FlowForge test e-mail',
    heading: 'Your e-mail settings work',
    paragraphs: [`${name} sent this test e-mail for ${accountName ?? 'FlowForge'}.`, `Delivered through ${transport.source === 'account' ? "the account's SMTP server" : "the instance's SMTP server"} (${server}).`],
  };
}

function messageOfSendError(failure: unknown): string {
  if (failure instanceof MailSendError) return failure.message;
  throw failure;
}

function rethrowAsProblem(failure: unknown): never {
  throw new DomainError('mail-delivery-failed', messageOfSendError(failure));
}

/** Sends a test mail to the caller and records it in the outbox; 422 with the server's answer on failure. */
export async function sendTestEmail(platform: Platform, ctx: RequestContext): Promise<{ sentTo: string }> {
  const tenant = requireAccount(ctx);
  const { accountId, userId, email } = tenant.principal;
  const scope = { accountId, userId };
  const prepared = await withTenant(platform.appPool, scope, async (tx) => {
    const transport = await resolveTransport(platform, { tx, accountId }).catch(rethrowAsProblem);
    if (!transport) return null;
    return { transport, rendered: await renderAccountMail(tx, { accountId, message: buildTestMessage(tenant, transport), baseUrl: platform.baseUrl }) };
  });
  if (!prepared) {
    throw new DomainError('smtp-not-configured', 'Neither this account nor the instance has an SMTP server. Save your SMTP settings first; until then e-mails are held in the outbox.');
  }
  const error = await sendMail(prepared.transport, { to: email, ...prepared.rendered }).then(() => null, messageOfSendError);
  await withTenant(platform.appPool, scope, async (tx) => {
    const mailId = await insertMail(tx, { accountId, to: email, ...prepared.rendered, outcome: { status: error ? 'failed' : 'sent', error } });
    await recordAudit(tx, tenant, { action: 'email-settings.test-sent', resourceType: 'email-settings', resourceId: accountId, after: { mailId, to: email, via: prepared.transport.source, delivered: !error } });
  });
  if (error) throw new DomainError('mail-delivery-failed', `The test e-mail to ${email} was not delivered: ${error}`);
  return { sentTo: email };
}
