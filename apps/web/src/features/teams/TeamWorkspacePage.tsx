import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import type { TeamDetail } from '@flowforge/contracts';
import { isApiProblem } from '../../lib/api-problem';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { buttonClassName } from '../../ui/controls/button-styles';
import { Tabs, type TabItem } from '../../ui/display/Tabs';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { ErrorState } from '../../ui/feedback/ErrorState';
import { Skeleton } from '../../ui/feedback/Skeleton';
import { teamQueryOptions } from './api/teams-api';
import { TeamManagement } from './components/TeamManagement';
import { TeamOverview } from './components/TeamOverview';
import { TeamsRealtimeEffect } from './components/TeamsRealtimeEffect';
import { WorkspaceHeader } from './components/WorkspaceHeader';
import { describeTeamError } from './team-errors';

/** /teams/$teamId: the team's workspace; tabs follow the pages the member's roles open. */
export function TeamWorkspacePage() {
  const t = useT();
  const { teamId } = useParams({ from: '/app/teams/$teamId' });
  const team = useQuery(teamQueryOptions(teamId));
  useDocumentTitle(team.data ? t('teams.workspace', { name: team.data.name }) : t('teams.title'));

  return (
    <div className="flex flex-col gap-6">
      <TeamsRealtimeEffect />
      {team.isPending ? (
        <div className="flex flex-col gap-4" aria-busy="true" aria-label={t('teams.loading')}>
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      ) : team.isError ? (
        isApiProblem(team.error) && team.error.status === 404 ? (
          <EmptyState icon={SearchX} title={t('teams.notFoundTitle')} description={t('teams.notFoundDescription')}
            action={<Link to="/teams" className={buttonClassName({ variant: 'primary' })}>{t('teams.backToDashboard')}</Link>} />
        ) : (
          <ErrorState {...describeTeamError(team.error, t)} onRetry={() => void team.refetch()} />
        )
      ) : (
        <Workspace team={team.data} />
      )}
    </div>
  );
}

function Workspace({ team }: { team: TeamDetail }) {
  const t = useT();
  const tabs: TabItem[] = [{ id: 'overview', label: t('teams.tab.overview'), panel: <TeamOverview team={team} /> }];
  if (team.myPages.includes('team')) tabs.push({ id: 'management', label: t('teams.tab.management'), panel: <TeamManagement team={team} /> });
  return (
    <>
      <WorkspaceHeader team={team} />
      <Tabs key={team.id} label={t('teams.tabs')} tabs={tabs} />
    </>
  );
}
