import { useQuery } from '@tanstack/react-query';
import { Plus, UsersRound } from 'lucide-react';
import { useState } from 'react';
import type { MyTeamInvitation, TeamSummary } from '@flowforge/contracts';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { PageHeader } from '../../ui/display/PageHeader';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { useMe } from '../session';
import { myTeamInvitationsQueryOptions, teamsQueryOptions } from './api/teams-api';
import { CreateTeamDialog } from './components/CreateTeamDialog';
import { InvitationCard } from './components/InvitationCard';
import { TeamCard } from './components/TeamCard';
import { TeamsRealtimeEffect } from './components/TeamsRealtimeEffect';
import { useInvitationResponse } from './hooks/useInvitationResponse';
import { describeTeamError } from './team-errors';

/** /teams: greeting, pending invitations, the teams you own and the teams you joined. */
export function TeamsDashboardPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('teams.title'));
  const [isCreating, setIsCreating] = useState(false);
  const canCreate = me.permissions.includes('teams:create');
  const teams = useQuery(teamsQueryOptions);
  const invitations = useQuery(myTeamInvitationsQueryOptions);
  const openCreate = () => { setIsCreating(true); };

  return (
    <div className="flex flex-col gap-8">
      <TeamsRealtimeEffect />
      <PageHeader
        title={t('teams.greeting', { name: me.user.name })}
        description={t('teams.subtitle', { account: me.account.name })}
        actions={canCreate ? <Button variant="primary" icon={Plus} onClick={openCreate}>{t('teams.create')}</Button> : undefined}
      />
      {invitations.data !== undefined && invitations.data.length > 0 && <PendingInvitations invitations={invitations.data} />}
      {teams.isPending ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true" aria-label={t('teams.loading')}>
          {Array.from({ length: 3 }, (_, i) => <Skeleton key={i} className="h-28 w-full" />)}
        </div>
      ) : teams.isError ? (
        <ErrorState {...describeTeamError(teams.error, t)} onRetry={() => void teams.refetch()} />
      ) : teams.data.own.length + teams.data.joined.length === 0 ? (
        <EmptyState
          icon={UsersRound}
          title={t('teams.emptyTitle')}
          description={canCreate ? t('teams.emptyDescription') : t('teams.emptyNoCreate')}
          action={canCreate ? <Button variant="primary" icon={Plus} onClick={openCreate}>{t('teams.create')}</Button> : undefined}
        />
      ) : (
        <>
          <TeamSection title={t('teams.own')} teams={teams.data.own} emptyText={t('teams.ownEmpty')} />
          <TeamSection title={t('teams.joined')} teams={teams.data.joined} emptyText={t('teams.joinedEmpty')} />
        </>
      )}
      <CreateTeamDialog open={isCreating} onClose={() => { setIsCreating(false); }} />
    </div>
  );
}

function TeamSection({ title, teams, emptyText }: { title: string; teams: readonly TeamSummary[]; emptyText: string }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-md font-semibold">{title}</h2>
      {teams.length === 0 ? (
        <p className="text-fg-muted">{emptyText}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {teams.map((team) => <li key={team.id}><TeamCard team={team} /></li>)}
        </ul>
      )}
    </section>
  );
}

function PendingInvitations({ invitations }: { invitations: readonly MyTeamInvitation[] }) {
  const t = useT();
  const me = useMe();
  const response = useInvitationResponse();
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-md font-semibold">{t('teams.invitations')}</h2>
      <ul className="flex flex-col gap-2">
        {invitations.map((invitation) => (
          <InvitationCard
            key={invitation.id}
            invitation={invitation}
            activeAccountId={me.account.id}
            isPending={response.pendingId === invitation.id}
            onAccept={() => { response.accept(invitation); }}
            onDecline={() => { response.decline(invitation); }}
          />
        ))}
      </ul>
    </section>
  );
}
