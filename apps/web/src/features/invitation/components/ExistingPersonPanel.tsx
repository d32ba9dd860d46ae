import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import type { Invitation } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { ME_QUERY_KEY, meQueryOptions } from '../../session';
import { acceptInvitation, signOutCurrentSession } from '../api/invitation-api';
import { useEnterAccount } from '../hooks/useEnterAccount';

/**
 * Someone who already has a FlowForge login: accepting needs their session. Signed out, they are
 * sent to sign in and back; signed in as someone else, they sign out first.
 */
export function ExistingPersonPanel({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const session = useQuery(meQueryOptions);
  const enterAccount = useEnterAccount();
  const accept = useMutation({ mutationFn: async () => { await acceptInvitation(token, {}); await enterAccount(); } });
  const signInHref = `/sign-in?redirect=${encodeURIComponent(`/invite/${token}`)}`;
  if (session.isPending) return <Skeleton className="h-20 w-full" />;
  const me = session.data;
  if (me === null) {
    return (
      <>
        <p>{t('users.invitation.signInFirst', { email: invitation.email })}</p>
        <Link to="/sign-in" search={{ redirect: `/invite/${token}` }} className="self-start font-medium text-accent-fg underline">{t('users.invitation.signIn')}</Link>
      </>
    );
  }
  if (me && me.user.email.toLowerCase() !== invitation.email.toLowerCase()) return <OtherPersonNotice signedInAs={me.user.email} invitation={invitation} signInHref={signInHref} />;
  return (
    <>
      <p>{t('users.invitation.acceptAs', { email: invitation.email, account: invitation.accountName })}</p>
      {accept.isError && <Alert tone="danger" title={describeError(accept.error, t).title}>{describeError(accept.error, t).detail}</Alert>}
      <Button variant="primary" className="w-full" isLoading={accept.isPending} onClick={() => { accept.mutate(); }}>{t('users.invitation.accept')}</Button>
    </>
  );
}

function OtherPersonNotice({ signedInAs, invitation, signInHref }: { signedInAs: string; invitation: Invitation; signInHref: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const router = useRouter();
  const signOut = useMutation({
    mutationFn: signOutCurrentSession,
    onSettled: async () => {
      queryClient.setQueryData(ME_QUERY_KEY, null);
      await router.navigate({ href: signInHref });
    },
  });
  return (
    <>
      <Alert tone="info" title={t('users.invitation.otherPerson', { signedInAs, email: invitation.email })} />
      <Button variant="primary" className="w-full" isLoading={signOut.isPending} onClick={() => { signOut.mutate(); }}>
        {t('users.invitation.switchPerson', { email: invitation.email })}
      </Button>
    </>
  );
}
