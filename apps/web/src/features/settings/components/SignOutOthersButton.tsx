import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { revokeOtherSessions, SESSIONS_QUERY_KEY } from '../api/security-api';

/** "Sign out everywhere else", behind a confirmation that says how many devices it affects. */
export function SignOutOthersButton({ count }: { count: number }) {
  const t = useT();
  const [isConfirming, setIsConfirming] = useState(false);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: ({ revoked }) => {
      setIsConfirming(false);
      showToast({ title: t('security.othersSignedOut', { count: revoked }), tone: 'success' });
    },
    onError: (error) => { showToast({ title: describeError(error, t).title, tone: 'danger' }); },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY }),
  });
  return (
    <>
      <Button variant="secondary" className="self-start" onClick={() => { setIsConfirming(true); }}>{t('security.signOutOthers')}</Button>
      <Dialog
        open={isConfirming}
        onClose={() => { setIsConfirming(false); }}
        title={t('security.signOutOthersTitle')}
        description={t('security.signOutOthersConfirm', { count })}
        footer={(
          <>
            <Button variant="ghost" onClick={() => { setIsConfirming(false); }}>{t('account.cancel')}</Button>
            <Button variant="danger" isLoading={mutation.isPending} onClick={() => { mutation.mutate(); }}>{t('security.signOutOthers')}</Button>
          </>
        )}
      />
    </>
  );
}
