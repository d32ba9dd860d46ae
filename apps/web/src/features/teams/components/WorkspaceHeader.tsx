import { Link } from '@tanstack/react-router';
import { ArrowLeft, Crown, Users } from 'lucide-react';
import type { TeamDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { buttonClassName } from '../../../ui/controls/button-styles';
import { gradientStyle } from '../team-colors';
import { TeamSwitcher } from './TeamSwitcher';

/** The team's banner: its name on its gradient, the switcher and the way back to all teams. */
export function WorkspaceHeader({ team }: { team: TeamDetail }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link to="/teams" className={buttonClassName({ variant: 'ghost', size: 'sm' })}>
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t('teams.backToDashboard')}
        </Link>
        <TeamSwitcher currentTeamId={team.id} />
      </div>
      <header style={gradientStyle(team.colorScheme)} className="flex flex-col gap-2 rounded-card p-5 shadow-card">
        <h1 className="text-title font-semibold tracking-tight break-words">{team.name}</h1>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <span className="inline-flex items-center gap-1"><Users aria-hidden="true" className="size-3.5" />{t('teams.memberCount', { count: team.memberCount })}</span>
          {team.isOwner && <span className="inline-flex items-center gap-1"><Crown aria-hidden="true" className="size-3.5" />{t('teams.ownerBadge')}</span>}
        </p>
      </header>
    </div>
  );
}
