import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CreatedOAuthClient, Permission } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { createOAuthClient, serviceAccountKeys } from '../api/service-accounts-api';
import { fieldErrorsOf, formProblemOf } from '../form-problem';
import { PermissionPicker } from './PermissionPicker';
import { SecretField } from './SecretField';

/** Name and the scopes the client may request; then its client id and secret, the secret shown this once. */
export function CreateOAuthClientDialog({ serviceAccountId, onClose }: { serviceAccountId: string; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const create = useMutation({
    mutationFn: () => createOAuthClient(serviceAccountId, { name: name.trim(), permissions }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  if (create.data) return <ClientSecretDialog client={create.data} title={t('serviceAccounts.clients.createdTitle', { name: create.data.name })} onClose={onClose} />;

  const errors = create.isError ? fieldErrorsOf(create.error) : {};
  const problem = create.isError ? formProblemOf(create.error, t) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('serviceAccounts.clients.createTitle')}
      description={t('serviceAccounts.clients.createDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('serviceAccounts.cancel')}</Button>
          <Button variant="primary" type="submit" form="create-oauth-client-form" isLoading={create.isPending}>{t('serviceAccounts.clients.create')}</Button>
        </>
      )}
    >
      <form id="create-oauth-client-form" className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
        <TextField label={t('serviceAccounts.field.clientName')} value={name} required maxLength={100} autoFocus
          error={errors.name} onChange={(event) => { setName(event.target.value); }} />
        <PermissionPicker selected={permissions} onChange={setPermissions} grantable={me.permissions} error={errors.permissions} />
      </form>
    </Dialog>
  );
}

/** The client id and a secret that is shown only this once (after creation or rotation). */
export function ClientSecretDialog({ client, title, onClose }: { client: CreatedOAuthClient; title: string; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open onClose={onClose} title={title} footer={<Button variant="primary" onClick={onClose}>{t('serviceAccounts.done')}</Button>}>
      <div className="flex flex-col gap-4">
        <Alert tone="danger" title={t('serviceAccounts.shownOnce')}>{t('serviceAccounts.clients.shownOnceDetail')}</Alert>
        <SecretField label={t('serviceAccounts.clients.clientId')} value={client.clientId} copyLabel={t('serviceAccounts.clients.copyClientId')} />
        <SecretField label={t('serviceAccounts.clients.clientSecret')} value={client.clientSecret} copyLabel={t('serviceAccounts.clients.copySecret')} />
      </div>
    </Dialog>
  );
}
