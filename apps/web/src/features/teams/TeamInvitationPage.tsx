import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { MailQuestion } from 'lucide-react';
import type { MyTeamInvitation } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { buttonClassName } from '../../ui/controls/button-styles';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe, useSignOut } from '../session';
import { myTeamInvitationsQueryOptions } from './api/teams-api';
import { useInvitationResponse } from './hooks/useInvitationResponse';
import { gradientStyle } from './team-colors';
import { describeTeamError } from './team-errors';

/** /teams/invitations/$invitationId: where the invitation e-mail's link leads. */
export function TeamInvitationPage() {
  const t = useT();
  const { invitationId } = useParams({ from: '/app/teams/invitations/$invitationId' });
  const { token } = useSearch({ from: '/app/teams/invitations/$invitationId' });
  const invitations = useQuery(myTeamInvitationsQueryOptions);
  useDocumentTitle(t('teams.invitation.title'));
  const invitation = invitations.data?.find((candidate) => candidate.id === invitationId);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader title={t('teams.invitation.title')} />
      {invitations.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : invitations.isError ? (
        <ErrorState {...describeTeamError(invitations.error, t)} onRetry={() => void invitations.refetch()} />
      ) : invitation === undefined ? (
        <MissingInvitation />
      ) : (
        <InvitationDetails invitation={invitation} token={token} />
      )}
    </div>
  );
}

function InvitationDetails({ invitation, token }: { invitation: MyTeamInvitation; token: string | undefined }) {
  const t = useT();
  const response = useInvitationResponse();
  const params = { team: invitation.team.name, account: invitation.account.name };
  const isPending = response.pendingId === invitation.id;
  return (
    <section aria-labelledby="team-invitation-heading" className="overflow-hidden rounded-card border border-border bg-raised shadow-card">
      <div style={gradientStyle(invitation.team.colorScheme)} className="p-5">
        <h2 id="team-invitation-heading" className="text-title font-semibold">{t('teams.invitation.heading', { team: invitation.team.name })}</h2>
      </div>
      <div className="flex flex-col gap-4 p-5">
        <p>{invitation.invitedBy ? t('teams.invitation.body', { ...params, inviter: invitation.invitedBy.name }) : t('teams.invitation.bodyNoInviter', params)}</p>
        <p className="text-sm text-fg-muted">{t('teams.invitation.addressedTo', { email: invitation.email })}</p>
        <div className="flex gap-2">
          <Button variant="primary" isLoading={isPending} onClick={() => { response.accept(invitation, { token, openTeam: true }); }}>{t('teams.accept')}</Button>
          <Button variant="ghost" disabled={isPending} onClick={() => { response.decline(invitation); }}>{t('teams.decline')}</Button>
        </div>
      </div>
    </section>
  );
}

function MissingInvitation() {
  const t = useT();
  const me = useMe();
  const { signOut, isSigningOut } = useSignOut();
  return (
    <EmptyState
      icon={MailQuestion}
      title={t('teams.invitation.missingTitle')}
      description={`${t('teams.invitation.missingDescription', { email: me.user.email })} ${t('teams.invitation.otherAddress')}`}
      action={(
        <div className="flex flex-wrap justify-center gap-2">
          <Link to="/teams" className={buttonClassName({ variant: 'primary' })}>{t('teams.invitation.toDashboard')}</Link>
          <Button variant="secondary" isLoading={isSigningOut} onClick={() => void signOut()}>{t('teams.invitation.signOut')}</Button>
        </div>
      )}
    />
  );
}
