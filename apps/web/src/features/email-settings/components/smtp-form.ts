// The SMTP form's state and how it becomes the PUT body: pure, so it is unit-tested.
import type { SmtpSecurity, SmtpSettings, UpdateEmailSettingsBody } from '@flowforge/contracts';

export interface SmtpFormState {
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  /** Empty keeps the stored password (unless removePassword). */
  password: string;
  removePassword: boolean;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  enabled: boolean;
}

export const SMTP_FORM_FIELDS = ['host', 'port', 'security', 'username', 'password', 'fromName', 'fromAddress', 'replyTo', 'enabled'] as const;
export type SmtpFormField = (typeof SMTP_FORM_FIELDS)[number];

const DEFAULT_PORT: Record<SmtpSecurity, string> = { tls: '465', starttls: '587', none: '25' };

const EMPTY_FORM: SmtpFormState = {
  host: '', port: DEFAULT_PORT.starttls, security: 'starttls', username: '', password: '', removePassword: false,
  fromName: '', fromAddress: '', replyTo: '', enabled: true,
};

export function initialSmtpForm(smtp: SmtpSettings | null): SmtpFormState {
  if (!smtp) return EMPTY_FORM;
  return {
    ...EMPTY_FORM,
    host: smtp.host,
    port: String(smtp.port),
    security: smtp.security,
    username: smtp.username ?? '',
    fromName: smtp.fromName ?? '',
    fromAddress: smtp.fromAddress,
    replyTo: smtp.replyTo ?? '',
    enabled: smtp.enabled,
  };
}

/** Picking a security mode moves the port along while it still holds another mode's default. */
export function withSecurity(form: SmtpFormState, security: SmtpSecurity): SmtpFormState {
  const isDefaultPort = Object.values(DEFAULT_PORT).includes(form.port) || form.port === '';
  return { ...form, security, port: isDefaultPort ? DEFAULT_PORT[security] : form.port };
}

/** The PUT body: a non-numeric port is sent as is, so the server names the field. */
export function buildSmtpBody(form: SmtpFormState): UpdateEmailSettingsBody {
  const port = /^\d+$/.test(form.port.trim()) ? Number(form.port.trim()) : Number.NaN;
  const body: UpdateEmailSettingsBody = {
    host: form.host.trim(),
    port,
    security: form.security,
    username: form.username.trim() || null,
    fromName: form.fromName.trim() || null,
    fromAddress: form.fromAddress.trim(),
    replyTo: form.replyTo.trim() || null,
    enabled: form.enabled,
  };
  if (form.removePassword) body.password = null;
  else if (form.password !== '') body.password = form.password;
  return body;
}
