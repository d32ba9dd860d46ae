// "New account": creates an account owned by the user; the server makes it the session's active
// account, so every cached answer belongs to the previous one and is refetched.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { AccountSummary } from '@flowforge/contracts';
import { apiClient } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { Button } from '../../ui/controls/Button';
import { TextField } from '../../ui/controls/TextField';
import { useToast } from '../../ui/feedback/useToast';
import { Dialog } from '../../ui/overlays/Dialog';

export function CreateAccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const queryClient = useQueryClient();
  const router = useRouter();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: (accountName: string) => apiClient.post<AccountSummary>('/api/v1/accounts', { name: accountName }),
    onSuccess: async (account) => {
      await queryClient.invalidateQueries();
      await router.invalidate();
      showToast({ title: t('account.created', { name: account.name }), tone: 'success' });
      setName('');
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(name.trim());
  };
  const error = mutation.error ? describeError(mutation.error, t).title : undefined;
  const formId = 'create-account-form';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('account.createTitle')}
      description={t('account.createDescription')}
      footer={(
        <>
          <Button type="button" variant="ghost" onClick={onClose}>{t('account.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isLoading={mutation.isPending} disabled={name.trim() === ''}>{t('account.create')}</Button>
        </>
      )}
    >
      <form id={formId} onSubmit={submit}>
        <TextField label={t('auth.accountName')} value={name} onChange={(event) => { setName(event.target.value); }} error={error} maxLength={120} required autoFocus />
      </form>
    </Dialog>
  );
}
