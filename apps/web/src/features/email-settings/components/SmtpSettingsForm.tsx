import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EmailSettings } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Card } from '../../../ui/display/Card';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { emailQueryKey, emailSettingsQueryOptions, saveEmailSettings } from '../api/email-settings-api';
import { useSendTestEmail } from '../hooks/useSendTestEmail';
import { SmtpSenderFields, SmtpServerFields } from './SmtpFields';
import { describeSmtpFieldErrors } from './smtp-field-errors';
import { buildSmtpBody, initialSmtpForm, withSecurity, type SmtpFormState } from './smtp-form';
import { describeTestFailure } from './test-failure';

interface SmtpSettingsFormProps {
  accountId: string;
  settings: EmailSettings;
  canEdit: boolean;
}

function useSaveEmailSettings(accountId: string) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  return useMutation({
    mutationFn: saveEmailSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(emailSettingsQueryOptions(accountId).queryKey, saved);
      showToast({ title: t('mail.saved'), tone: 'success' });
      return queryClient.invalidateQueries({ queryKey: emailQueryKey(accountId) });
    },
  });
}

/** The SMTP settings with Save and "Send test e-mail"; read-only without settings:update. */
export function SmtpSettingsForm({ accountId, settings, canEdit }: SmtpSettingsFormProps) {
  const t = useT();
  const [form, setForm] = useState<SmtpFormState>(() => initialSmtpForm(settings.smtp));
  const save = useSaveEmailSettings(accountId);
  const test = useSendTestEmail(accountId);
  const errors = describeSmtpFieldErrors(save.error, t);
  const hasFormError = save.isError && Object.keys(errors).length === 0;
  const testFailure = test.isError ? describeTestFailure(test.error, t) : null;
  const update = (patch: Partial<SmtpFormState>) => { setForm((current) => ({ ...current, ...patch })); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(buildSmtpBody(form));
  };

  return (
    <Card title={t('mail.smtp.title')} description={t('mail.smtp.description')}>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit} className="grid gap-4 md:grid-cols-2">
          <SmtpServerFields form={form} errors={errors} onChange={update} hasPassword={settings.smtp?.hasPassword ?? false}
            onSecurity={(security) => { setForm((current) => withSecurity(current, security)); }} />
          <SmtpSenderFields form={form} errors={errors} onChange={update} />
        </fieldset>
        {hasFormError && <Alert tone="danger" title={t('mail.saveFailed')}>{describeError(save.error, t).detail}</Alert>}
        {canEdit && (
          <div className="flex flex-wrap items-start gap-2">
            <Button type="submit" variant="primary" isLoading={save.isPending}>{t('mail.save')}</Button>
            <Button type="button" variant="secondary" isLoading={test.isPending} onClick={() => { test.mutate(); }}>{t('mail.test.send')}</Button>
          </div>
        )}
        {testFailure && <Alert tone="danger" title={testFailure.title}>{testFailure.detail}</Alert>}
      </form>
    </Card>
  );
}
