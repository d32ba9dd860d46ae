import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { useToast } from '../../../ui/feedback/useToast';
import { emailQueryKey, sendTestEmail } from '../api/email-settings-api';

/** Sends the test e-mail; success is a toast, a failure stays on the page (see describeTestFailure). */
export function useSendTestEmail(accountId: string) {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  return useMutation({
    mutationFn: sendTestEmail,
    onSuccess: ({ sentTo }) => {
      showToast({ title: t('mail.test.sent', { email: sentTo }), tone: 'success' });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...emailQueryKey(accountId), 'outbox'] }),
  });
}
