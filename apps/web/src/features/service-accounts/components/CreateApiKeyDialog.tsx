import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CreatedApiKey, Permission } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { createApiKey, serviceAccountKeys } from '../api/service-accounts-api';
import { fieldErrorsOf, formProblemOf } from '../form-problem';
import { endOfDayIso, linesWithErrors, parseIpLines } from '../ip-lines';
import { PermissionPicker } from './PermissionPicker';
import { SecretField } from './SecretField';

interface CreateApiKeyDialogProps {
  serviceAccountId: string;
  onClose: () => void;
}

/** Name, permissions, allowed networks and expiry; then the key, shown this once. */
export function CreateApiKeyDialog({ serviceAccountId, onClose }: CreateApiKeyDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const [ipText, setIpText] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const create = useMutation({
    mutationFn: () => createApiKey(serviceAccountId, {
      name: name.trim(), permissions, ipAllowlist: parseIpLines(ipText).map((entry) => entry.value), expiresAt: endOfDayIso(expiresOn),
    }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) }),
  });
  if (create.data) return <ApiKeyCreatedDialog created={create.data} onClose={onClose} />;

  const errors = create.isError ? fieldErrorsOf(create.error) : {};
  const problem = create.isError ? formProblemOf(create.error, t) : null;
  const badLines = linesWithErrors(parseIpLines(ipText), errors);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('serviceAccounts.apiKeys.createTitle')}
      description={t('serviceAccounts.apiKeys.createDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('serviceAccounts.cancel')}</Button>
          <Button variant="primary" type="submit" form="create-api-key-form" isLoading={create.isPending}>{t('serviceAccounts.apiKeys.create')}</Button>
        </>
      )}
    >
      <form id="create-api-key-form" className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
        <TextField label={t('serviceAccounts.field.keyName')} value={name} required maxLength={100} autoFocus
          error={errors.name} onChange={(event) => { setName(event.target.value); }} />
        <PermissionPicker selected={permissions} onChange={setPermissions} grantable={me.permissions} error={errors.permissions} />
        <Field label={t('serviceAccounts.field.ipAllowlist')} hint={t('serviceAccounts.field.ipAllowlistHint')}
          error={badLines.length > 0 ? t('serviceAccounts.field.ipAllowlistInvalid', { lines: badLines.join(', ') }) : undefined}>
          {(control) => (
            <textarea {...control} rows={3} value={ipText} spellCheck={false} placeholder="203.0.113.0/24"
              className="w-full rounded-control border border-border-strong bg-canvas px-3 py-2 font-mono text-sm text-fg aria-invalid:border-danger"
              onChange={(event) => { setIpText(event.target.value); }} />
          )}
        </Field>
        <Field label={t('serviceAccounts.field.expiresOn')} hint={t('serviceAccounts.field.expiresOnHint')} error={errors.expiresAt}>
          {(control) => <Input {...control} type="date" value={expiresOn} onChange={(event) => { setExpiresOn(event.target.value); }} />}
        </Field>
      </form>
    </Dialog>
  );
}

function ApiKeyCreatedDialog({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('serviceAccounts.apiKeys.createdTitle', { name: created.name })}
      footer={<Button variant="primary" onClick={onClose}>{t('serviceAccounts.done')}</Button>}
    >
      <div className="flex flex-col gap-4">
        <Alert tone="danger" title={t('serviceAccounts.shownOnce')}>{t('serviceAccounts.apiKeys.shownOnceDetail')}</Alert>
        <SecretField label={t('serviceAccounts.apiKeys.key')} value={created.key} copyLabel={t('serviceAccounts.apiKeys.copyKey')} />
      </div>
    </Dialog>
  );
}
