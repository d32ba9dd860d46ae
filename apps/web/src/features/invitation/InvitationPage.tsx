import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { isApiProblem } from '../../lib/api-problem';
import { useT } from '../../lib/i18n';
import { describeError } from '../../lib/problem-message';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { invitationQueryOptions } from './api/invitation-api';
import { ExistingPersonPanel } from './components/ExistingPersonPanel';
import { InvitationLayout } from './components/InvitationLayout';
import { NewPersonForm } from './components/NewPersonForm';

/** /invite/<token>, the link in the invitation e-mail: join the account (public, no app shell). */
export function InvitationPage() {
  const t = useT();
  const { token = '' } = useParams({ strict: false });
  const invitation = useQuery(invitationQueryOptions(token));
  if (invitation.isPending) {
    return (
      <InvitationLayout title={t('users.invitation.loading')}>
        <div aria-busy="true" className="flex flex-col gap-3"><Skeleton className="h-5 w-3/4" /><Skeleton className="h-9 w-full" /><Skeleton className="h-9 w-full" /></div>
      </InvitationLayout>
    );
  }
  if (invitation.isError) {
    const isGone = isApiProblem(invitation.error) && invitation.error.status === 404;
    return (
      <InvitationLayout title={isGone ? t('users.invitation.goneTitle') : t('error.title')}>
        {isGone
          ? <><p>{t('users.invitation.goneText')}</p><Link to="/sign-in" className="self-start font-medium text-accent-fg underline">{t('users.invitation.toSignIn')}</Link></>
          : <ErrorState {...describeError(invitation.error, t)} onRetry={() => void invitation.refetch()} />}
      </InvitationLayout>
    );
  }
  const { data } = invitation;
  return (
    <InvitationLayout title={t('users.invitation.title', { account: data.accountName })}>
      <p className="text-fg-muted">{t(data.needsPassword ? 'users.invitation.newPerson' : 'users.invitation.existingPerson', { account: data.accountName })}</p>
      {data.needsPassword ? <NewPersonForm token={token} invitation={data} /> : <ExistingPersonPanel token={token} invitation={data} />}
    </InvitationLayout>
  );
}
