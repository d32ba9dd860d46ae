import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { Badge } from '../../../../ui/display/Badge';
import { Card } from '../../../../ui/display/Card';
import { ErrorState } from '../../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../../ui/feedback/Skeleton';
import { useToast } from '../../../../ui/feedback/useToast';
import { ME_QUERY_KEY } from '../../../session';
import { AUTH_SESSION_QUERY_KEY, fetchAuthSession } from '../../api/two-factor-api';
import { TotpEnrolment } from './TotpEnrolment';
import { TwoFactorEnabled } from './TwoFactorEnabled';

/** My settings → two-factor authentication: set up TOTP, or manage it once it is on. */
export function TwoFactorCard() {
  const t = useT();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const query = useQuery({ queryKey: AUTH_SESSION_QUERY_KEY, queryFn: ({ signal }) => fetchAuthSession(signal) });
  const [isEnrolling, setIsEnrolling] = useState(false);
  // Switching 2FA on or off replaces the session and may lift the account's MFA requirement.
  const reload = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: AUTH_SESSION_QUERY_KEY }),
    queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  ]);
  const finishEnrolment = () => {
    setIsEnrolling(false);
    showToast({ title: t('mfa.enabledToast'), tone: 'success' });
    void reload();
  };

  return (
    <Card title={t('mfa.title')} description={t('mfa.description')}>
      {query.isPending ? (
        <Skeleton className="h-9 w-64" />
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : isEnrolling ? (
        <TotpEnrolment onDone={finishEnrolment} onCancel={() => { setIsEnrolling(false); }} />
      ) : query.data?.user.twoFactorEnabled === true ? (
        <TwoFactorEnabled email={query.data.user.email} onDisabled={() => void reload()} />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Badge>{t('mfa.statusOff')}</Badge>
          <Button variant="primary" onClick={() => { setIsEnrolling(true); }}>{t('mfa.setUp')}</Button>
        </div>
      )}
    </Card>
  );
}
