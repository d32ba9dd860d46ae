/**
 * The transactional outbox: a mail is rendered and stored in the caller's transaction together
 * with its delivery job, so it is sent if and only if the change that caused it commits.
 */
import type { Tx } from '../db/pool.ts';
import { addJob } from '../jobs.ts';
import { findAccountBranding, insertMail } from './outbox.repository.ts';
import { brandingFromSettings, renderMail, type MailMessage, type RenderedMail } from './render.ts';

export const SEND_MAIL_TASK = 'send-mail';

export type MailToSend = {
  accountId: string;
  to: string;
  message: MailMessage;
  /** The platform's base URL; lets a relative `settings.logoUrl` (e.g. `/files/logo.png`) resolve. */
  baseUrl?: string;
};

export type SendMailPayload = { mailId: string; accountId: string };

/** Renders a message with the branding of the account (name, logo, brand colour). */
export async function renderAccountMail(tx: Tx, mail: Omit<MailToSend, 'to'>): Promise<RenderedMail> {
  const account = await findAccountBranding(tx, mail.accountId);
  const branding = brandingFromSettings({ accountName: account?.name ?? 'FlowForge', settings: account?.settings ?? {}, baseUrl: mail.baseUrl });
  return renderMail(mail.message, branding);
}

/** Renders the mail with the account's branding, stores it in the outbox and schedules delivery. */
export async function enqueueMail(tx: Tx, mail: MailToSend): Promise<string> {
  const rendered = await renderAccountMail(tx, mail);
  const mailId = await insertMail(tx, { accountId: mail.accountId, to: mail.to.trim(), ...rendered });
  const payload: SendMailPayload = { mailId, accountId: mail.accountId };
  await addJob(tx, { task: SEND_MAIL_TASK, payload, maxAttempts: 8 });
  return mailId;
}
