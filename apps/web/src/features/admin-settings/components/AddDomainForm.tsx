import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { CreateDomainBodySchema } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { useToast } from '../../../ui/feedback/useToast';
import { addDomain, settingsQueryKey } from '../api/admin-settings-api';
import { problemCodeOf } from './field-errors';

export function AddDomainForm({ accountId }: { accountId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [domain, setDomain] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const mutation = useMutation({
    mutationFn: addDomain,
    onSuccess: async (added) => {
      setDomain('');
      setIsChecked(false);
      showToast({ title: t('adminSettings.domains.added', { domain: added.domain }), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: settingsQueryKey(accountId, 'domains') });
    },
  });
  const parsed = CreateDomainBodySchema.safeParse({ domain });
  const isValid = parsed.success;
  const code = problemCodeOf(mutation.error);
  const serverError = code === 'domain-taken' ? t('adminSettings.domains.taken') : mutation.error ? describeError(mutation.error, t).title : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    if (parsed.success) mutation.mutate(parsed.data.domain);
  };

  return (
    <form className="flex flex-wrap items-start gap-3" onSubmit={submit} noValidate>
      <div className="w-full max-w-sm">
        <TextField label={t('adminSettings.domains.domain')} placeholder="workflows.example.com" autoComplete="off" spellCheck={false}
          value={domain} hint={t('adminSettings.domains.domainHint')}
          error={isChecked && !isValid ? t('adminSettings.domains.invalid') : serverError}
          onChange={(event) => { setDomain(event.target.value); }} />
      </div>
      <Button type="submit" variant="primary" icon={Plus} className="mt-6" isLoading={mutation.isPending}>{t('adminSettings.domains.add')}</Button>
    </form>
  );
}
