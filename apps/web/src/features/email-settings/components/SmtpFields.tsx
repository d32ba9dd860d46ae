import { useId } from 'react';
import { SMTP_SECURITY_MODES, type SmtpSecurity } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import type { SmtpFormField, SmtpFormState } from './smtp-form';

export interface SmtpFieldsProps {
  form: SmtpFormState;
  errors: Partial<Record<SmtpFormField, string>>;
  onChange: (patch: Partial<SmtpFormState>) => void;
}

/** Where to connect: host, port, security and the login. */
export function SmtpServerFields({ form, errors, onChange, hasPassword, onSecurity }: SmtpFieldsProps & { hasPassword: boolean; onSecurity: (security: SmtpSecurity) => void }) {
  const t = useT();
  const securityOptions = SMTP_SECURITY_MODES.map((mode) => ({ value: mode, label: t(`mail.security.${mode}`) }));
  return (
    <>
      <TextField label={t('mail.field.host')} hint={t('mail.field.hostHint')} required value={form.host} error={errors.host}
        autoComplete="off" onChange={(event) => { onChange({ host: event.target.value }); }} />
      <div className="grid grid-cols-2 gap-4">
        <TextField label={t('mail.field.port')} inputMode="numeric" required value={form.port} error={errors.port}
          onChange={(event) => { onChange({ port: event.target.value }); }} />
        <Field label={t('mail.field.security')} error={errors.security}>
          {(control) => (
            <Select {...control} options={securityOptions} value={form.security}
              onChange={(event) => { onSecurity(event.target.value as SmtpSecurity); }} />
          )}
        </Field>
      </div>
      <TextField label={t('mail.field.username')} value={form.username} error={errors.username} autoComplete="off"
        onChange={(event) => { onChange({ username: event.target.value }); }} />
      <div className="flex flex-col gap-2">
        <TextField label={t('mail.field.password')} type="password" autoComplete="new-password" value={form.password} error={errors.password}
          hint={hasPassword ? t('mail.field.passwordStored') : undefined} disabled={form.removePassword}
          onChange={(event) => { onChange({ password: event.target.value }); }} />
        {hasPassword && (
          <Checkbox label={t('mail.field.passwordRemove')} checked={form.removePassword}
            onChange={(event) => { onChange({ removePassword: event.target.checked, password: '' }); }} />
        )}
      </div>
    </>
  );
}

/** Who the mails come from, and whether this server is used at all. */
export function SmtpSenderFields({ form, errors, onChange }: SmtpFieldsProps) {
  const t = useT();
  const enabledHintId = useId();
  return (
    <>
      <TextField label={t('mail.field.fromName')} value={form.fromName} error={errors.fromName} autoComplete="off"
        onChange={(event) => { onChange({ fromName: event.target.value }); }} />
      <TextField label={t('mail.field.fromAddress')} type="email" required value={form.fromAddress} error={errors.fromAddress} autoComplete="off"
        onChange={(event) => { onChange({ fromAddress: event.target.value }); }} />
      <TextField label={t('mail.field.replyTo')} type="email" hint={t('mail.field.replyToHint')} value={form.replyTo} error={errors.replyTo} autoComplete="off"
        onChange={(event) => { onChange({ replyTo: event.target.value }); }} />
      <div className="flex flex-col justify-center gap-1">
        <Checkbox role="switch" label={t('mail.field.enabled')} checked={form.enabled} aria-describedby={enabledHintId}
          onChange={(event) => { onChange({ enabled: event.target.checked }); }} />
        <p id={enabledHintId} className="text-sm text-fg-muted">{t('mail.field.enabledHint')}</p>
      </div>
    </>
  );
}
