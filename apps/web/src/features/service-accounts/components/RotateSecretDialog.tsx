import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DEFAULT_SECRET_GRACE_HOURS, MAX_SECRET_GRACE_HOURS, type OAuthClient } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { rotateClientSecret, serviceAccountKeys } from '../api/service-accounts-api';
import { fieldErrorsOf, formProblemOf } from '../form-problem';
import { ClientSecretDialog } from './CreateOAuthClientDialog';

interface RotateSecretDialogProps {
  serviceAccountId: string;
  client: OAuthClient;
  onClose: () => void;
}

/** A new secret for the client; the old one keeps working for the grace period (0 hours: stops now). */
export function RotateSecretDialog({ serviceAccountId, client, onClose }: RotateSecretDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [graceHours, setGraceHours] = useState(String(DEFAULT_SECRET_GRACE_HOURS));
  const rotate = useMutation({
    mutationFn: () => rotateClientSecret(serviceAccountId, client.id, Number(graceHours)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  if (rotate.data) return <ClientSecretDialog client={rotate.data} title={t('serviceAccounts.clients.rotatedTitle', { name: client.name })} onClose={onClose} />;

  const errors = rotate.isError ? fieldErrorsOf(rotate.error) : {};
  const problem = rotate.isError && errors.graceHours === undefined ? formProblemOf(rotate.error, t) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rotate.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('serviceAccounts.clients.rotateTitle', { name: client.name })}
      description={t('serviceAccounts.clients.rotateDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('serviceAccounts.cancel')}</Button>
          <Button variant="primary" type="submit" form="rotate-secret-form" isLoading={rotate.isPending}>{t('serviceAccounts.clients.rotate')}</Button>
        </>
      )}
    >
      <form id="rotate-secret-form" className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
        <TextField label={t('serviceAccounts.field.graceHours')} hint={t('serviceAccounts.field.graceHoursHint', { max: MAX_SECRET_GRACE_HOURS })}
          type="number" min={0} max={MAX_SECRET_GRACE_HOURS} inputMode="numeric" value={graceHours} error={errors.graceHours}
          onChange={(event) => { setGraceHours(event.target.value); }} />
      </form>
    </Dialog>
  );
}
