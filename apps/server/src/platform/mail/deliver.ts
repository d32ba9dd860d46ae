/**
 * The `send-mail` job: delivers one outbox mail. No SMTP anywhere → 'held' (kept for admins to
 * read); permanent refusal → 'failed'; temporary trouble → TransientError so graphile-worker
 * retries with back-off, and 'failed' once the last attempt is used up.
 */
import { z } from 'zod';
import { withTenant } from '../db/with-tenant.ts';
import { TransientError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { SendMailPayload } from './enqueue.ts';
import { findMail, recordDeliveryAttempt, type MailStatus } from './outbox.repository.ts';
import { MailSendError, resolveTransport, sendMail } from './transport.ts';

const PayloadSchema = z.object({ mailId: z.uuid(), accountId: z.uuid() });

export type DeliveryAttempt = { payload: unknown; attempt: number; maxAttempts: number };

/** Runs one delivery attempt; returns the mail's new status (undefined if there was nothing to do). */
export async function deliverMail(platform: Platform, job: DeliveryAttempt): Promise<MailStatus | undefined> {
  const payload: SendMailPayload = PayloadSchema.parse(job.payload);
  const scope = { accountId: payload.accountId };
  const mail = await withTenant(platform.appPool, scope, (tx) => findMail(tx, payload.mailId));
  if (mail?.status !== 'queued') return undefined;
  const record = async (status: MailStatus, error: string | null): Promise<MailStatus> => {
    await withTenant(platform.appPool, scope, (tx) => recordDeliveryAttempt(tx, { id: payload.mailId, status, error }));
    return status;
  };

  try {
    const transport = await withTenant(platform.appPool, scope, (tx) => resolveTransport(platform, { tx, accountId: payload.accountId }));
    if (!transport) return await record('held', null);
    await sendMail(transport, { to: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
  } catch (error) {
    if (!(error instanceof MailSendError)) throw error;
    if (error.isPermanent || job.attempt >= job.maxAttempts) return record('failed', error.message);
    await record('queued', error.message);
    throw new TransientError(`Mail ${payload.mailId} not delivered yet: ${error.message}`, 30);
  }
  return record('sent', null);
}
