import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { Button } from '../../ui/controls/Button';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { AuthLayout } from '../auth';
import { ME_QUERY_KEY, useSignOut } from '../session';
import { TotpEnrolment } from './components/two-factor/TotpEnrolment';

/**
 * The only page a user sees while an account of theirs requires two-factor authentication they
 * have not set up (every account API answers 403 mfa-required until then): enrol, or sign out.
 */
export function MfaSetupPage() {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { signOut, isSigningOut } = useSignOut();
  const [isContinuing, setIsContinuing] = useState(false);
  const continueToApp = async () => {
    setIsContinuing(true);
    await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    await router.navigate({ to: '/', replace: true });
  };

  return (
    <AuthLayout
      title={t('mfa.requiredTitle')}
      subtitle={t('mfa.requiredSubtitle')}
      footer={<Button variant="ghost" isLoading={isSigningOut} onClick={() => void signOut()}>{t('mfa.signOut')}</Button>}
      isWide
    >
      {isContinuing ? <Skeleton className="h-40 w-full" /> : <TotpEnrolment doneLabel={t('mfa.requiredContinue')} onDone={() => void continueToApp()} />}
    </AuthLayout>
  );
}
