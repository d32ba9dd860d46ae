/** Wire format of the account's e-mail settings (spec 3.2 "Email Configuration") and its mail outbox. */
import { z } from 'zod';
import { ListQuerySchema } from './pagination.ts';

export const SMTP_SECURITY_MODES = ['tls', 'starttls', 'none'] as const;
export const SmtpSecuritySchema = z.enum(SMTP_SECURITY_MODES);
export type SmtpSecurity = z.infer<typeof SmtpSecuritySchema>;

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'held'] as const;
export const MailStatusSchema = z.enum(MAIL_STATUSES);
export type MailStatus = z.infer<typeof MailStatusSchema>;

/** How mail of the account is delivered right now. */
export const MAIL_DELIVERY_MODES = ['account', 'instance', 'held'] as const;

const HOSTNAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[[0-9A-Fa-f:.]+\]$/;

/** The stored SMTP settings; the password itself is never sent back, only whether one is stored. */
export const SmtpSettingsSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  security: SmtpSecuritySchema,
  username: z.string().nullable(),
  hasPassword: z.boolean(),
  fromAddress: z.string(),
  fromName: z.string().nullable(),
  replyTo: z.string().nullable(),
  enabled: z.boolean(),
  updatedAt: z.string(),
});
export type SmtpSettings = z.infer<typeof SmtpSettingsSchema>;

export const EmailSettingsSchema = z.object({
  smtp: SmtpSettingsSchema.nullable(),
  /** Whether the instance has an SMTP server (SMTP_URL) to fall back on. */
  instanceSmtp: z.boolean(),
  delivery: z.enum(MAIL_DELIVERY_MODES),
});
export type EmailSettings = z.infer<typeof EmailSettingsSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Omitting `password` keeps the stored one; `null` or '' removes it. */
export const UpdateEmailSettingsBodySchema = z.strictObject({
  host: z.string().trim().min(1).max(253).regex(HOSTNAME, 'Must be a host name or an IP address'),
  port: z.number().int().min(1).max(65535),
  security: SmtpSecuritySchema,
  username: optionalText(320),
  password: z.string().max(500).nullable().optional(),
  fromAddress: z.email().max(320),
  fromName: optionalText(120),
  replyTo: z.email().max(320).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  enabled: z.boolean(),
});
export type UpdateEmailSettingsBody = z.input<typeof UpdateEmailSettingsBodySchema>;

export const SendTestEmailResponseSchema = z.object({ sentTo: z.string() });
export type SendTestEmailResponse = z.infer<typeof SendTestEmailResponseSchema>;

export const OutboxMailSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  status: MailStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMailSummary = z.infer<typeof OutboxMailSummarySchema>;

export const OutboxMailSchema = OutboxMailSummarySchema.extend({ html: z.string(), text: z.string() });
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const OutboxListQuerySchema = ListQuerySchema.omit({ sort: true, fields: true }).extend({ status: MailStatusSchema.optional() });
export type OutboxListQuery = z.infer<typeof OutboxListQuerySchema>;
