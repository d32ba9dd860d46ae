/**
 * Picks the SMTP server for an account (its own settings if enabled, else the instance's SMTP_URL)
 * and sends one rendered mail through it with nodemailer. Errors are classified as permanent (the
 * server answered 5xx) or temporary (4xx, connection trouble) so the job knows whether to retry.
 */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Tx } from '../db/pool.ts';
import type { Platform } from '../platform.ts';
import { findEmailConfig, type EmailConfigRow } from './email-config.repository.ts';
import { decryptSecret, type SecretKey } from './secret-box.ts';

export type SmtpTransport = {
  source: 'account' | 'instance';
  options: SMTPTransport.Options;
  from: string | { name: string; address: string };
  replyTo: string | undefined;
};

export type OutgoingMail = { to: string; subject: string; html: string; text: string };

/** Why a send failed, in words safe to store and show (passwords removed). */
export class MailSendError extends Error {
  readonly isPermanent: boolean;

  constructor(message: string, isPermanent: boolean) {
    super(message);
    this.name = 'MailSendError';
    this.isPermanent = isPermanent;
  }
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EAUTH']);

/** The key that seals account SMTP passwords. */
export function smtpPasswordKey(platform: Pick<Platform, 'authSecret'>): SecretKey {
  return { secret: platform.authSecret, purpose: 'account-email-config/password' };
}

/** The account's transport if configured and enabled, else the instance's, else null (hold the mail). */
export async function resolveTransport(platform: Platform, options: { tx: Tx; accountId: string }): Promise<SmtpTransport | null> {
  const config = await findEmailConfig(options.tx, options.accountId);
  if (config?.enabled) return accountTransport(config, smtpPasswordKey(platform));
  return platform.config.smtpUrl ? instanceTransport(platform.config.smtpUrl, platform.config.mailFrom) : null;
}

export function accountTransport(config: EmailConfigRow, key: SecretKey): SmtpTransport {
  const password = config.passwordEncrypted ? openPassword(key, config.passwordEncrypted) : undefined;
  return {
    source: 'account',
    options: {
      host: config.host,
      port: config.port,
      secure: config.security === 'tls',
      requireTLS: config.security === 'starttls',
      ignoreTLS: config.security === 'none',
      ...(config.username ? { auth: { user: config.username, pass: password ?? '' } } : {}),
      ...TIMEOUTS,
    },
    from: config.fromName ? { name: config.fromName, address: config.fromAddress } : config.fromAddress,
    replyTo: config.replyTo ?? undefined,
  };
}

function openPassword(key: SecretKey, sealed: string): string {
  try {
    return decryptSecret(key, sealed);
  } catch {
    throw new MailSendError('The stored SMTP password cannot be decrypted (was AUTH_SECRET changed?). Enter the password again in Admin → E-mail.', true);
  }
}

/** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
export function instanceTransport(smtpUrl: string, mailFrom: string): SmtpTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    source: 'instance',
    options: {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
      ...TIMEOUTS,
    },
    from: mailFrom,
    replyTo: undefined,
  };
}

/** Sends one mail as multipart/alternative (text + html); throws MailSendError on failure. */
export async function sendMail(transport: SmtpTransport, mail: OutgoingMail): Promise<void> {
  const transporter = nodemailer.createTransport(transport.options);
  try {
    await transporter.sendMail({ from: transport.from, replyTo: transport.replyTo, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  } catch (error) {
    throw classifySendError(error, transport);
  } finally {
    transporter.close();
  }
}

type NodemailerError = { message?: string; code?: string; responseCode?: number; response?: string };

function classifySendError(error: unknown, transport: SmtpTransport): MailSendError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError;
  const message = redact(e.response ?? e.message ?? String(error), transport);
  if (typeof e.responseCode === 'number') return new MailSendError(message, e.responseCode >= 500);
  return new MailSendError(message, e.code !== undefined && PERMANENT_CODES.has(e.code));
}

function redact(message: string, transport: SmtpTransport): string {
  const auth = transport.options.auth;
  const pass = auth && 'pass' in auth ? auth.pass : undefined;
  const clean = pass ? message.split(pass).join('***') : message;
  return clean.slice(0, 1000);
}
