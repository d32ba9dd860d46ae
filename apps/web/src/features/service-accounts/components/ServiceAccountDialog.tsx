import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ServiceAccount } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { createServiceAccount, serviceAccountKeys, updateServiceAccount } from '../api/service-accounts-api';
import { fieldErrorsOf, formProblemOf } from '../form-problem';
import { draftOf, settingOf, type RateLimitDraft } from '../rate-limit-form';
import { RateLimitFields } from './RateLimitFields';

interface ServiceAccountDialogProps {
  /** Edits this service account; without one, creates a new service account. */
  serviceAccount?: ServiceAccount | undefined;
  onClose: () => void;
  onSaved?: (saved: ServiceAccount) => void;
}

type Draft = { name: string; description: string; rateLimit: RateLimitDraft };

/** Saves the draft as a new service account, or as changes to `serviceAccount`. */
function useSaveServiceAccount({ serviceAccount, onSaved, onClose }: ServiceAccountDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  return useMutation({
    mutationFn: (draft: Draft) => {
      const body = { name: draft.name.trim(), description: draft.description.trim(), rateLimit: settingOf(draft.rateLimit) };
      return serviceAccount ? updateServiceAccount(serviceAccount.id, body) : createServiceAccount(body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all(me.account.id) });
      showToast({ title: t(serviceAccount ? 'serviceAccounts.saved' : 'serviceAccounts.created', { name: saved.name }), tone: 'success' });
      onSaved?.(saved);
      onClose();
    },
  });
}

export function ServiceAccountDialog(props: ServiceAccountDialogProps) {
  const { serviceAccount, onClose } = props;
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: serviceAccount?.name ?? '', description: serviceAccount?.description ?? '', rateLimit: draftOf(serviceAccount?.rateLimit ?? null),
  }));
  const save = useSaveServiceAccount(props);
  const errors = save.isError ? fieldErrorsOf(save.error) : {};
  const problem = save.isError && Object.keys(errors).length === 0 ? formProblemOf(save.error, t) : null;
  const formId = serviceAccount ? `service-account-form-${serviceAccount.id}` : 'service-account-form-new';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={serviceAccount ? t('serviceAccounts.editTitle', { name: serviceAccount.name }) : t('serviceAccounts.createTitle')}
      description={t('serviceAccounts.createDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('serviceAccounts.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} isLoading={save.isPending}>{t(serviceAccount ? 'serviceAccounts.save' : 'serviceAccounts.create')}</Button>
        </>
      )}
    >
      <form id={formId} className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
        <TextField label={t('serviceAccounts.field.name')} value={draft.name} required maxLength={100} autoFocus
          error={errors.name} onChange={(event) => { setDraft({ ...draft, name: event.target.value }); }} />
        <TextField label={t('serviceAccounts.field.description')} value={draft.description} maxLength={500}
          error={errors.description} onChange={(event) => { setDraft({ ...draft, description: event.target.value }); }} />
        <RateLimitFields draft={draft.rateLimit} onChange={(rateLimit) => { setDraft({ ...draft, rateLimit }); }} errors={errors} />
      </form>
    </Dialog>
  );
}
