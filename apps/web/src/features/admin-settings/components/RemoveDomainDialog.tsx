import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountDomain } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { removeDomain, settingsQueryKey } from '../api/admin-settings-api';

interface RemoveDomainDialogProps {
  accountId: string;
  domain: AccountDomain | null;
  onClose: () => void;
}

export function RemoveDomainDialog({ accountId, domain, onClose }: RemoveDomainDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: removeDomain,
    onSuccess: async () => {
      showToast({ title: t('adminSettings.domains.removed', { domain: domain?.domain ?? '' }), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: settingsQueryKey(accountId, 'domains') });
      onClose();
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Dialog open={domain !== null} onClose={close} title={t('adminSettings.domains.removeTitle', { domain: domain?.domain ?? '' })}
      description={t('adminSettings.domains.removeDescription')}
      footer={(
        <>
          <Button onClick={close}>{t('adminSettings.cancel')}</Button>
          <Button variant="danger" isLoading={mutation.isPending} onClick={() => { if (domain) mutation.mutate(domain.id); }}>{t('adminSettings.domains.remove')}</Button>
        </>
      )}>
      {mutation.error && <Alert tone="danger" title={describeError(mutation.error, t).title}>{describeError(mutation.error, t).detail}</Alert>}
    </Dialog>
  );
}
