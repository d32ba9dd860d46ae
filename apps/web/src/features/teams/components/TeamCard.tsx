import { Link } from '@tanstack/react-router';
import { Crown, Users } from 'lucide-react';
import type { TeamSummary } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { gradientStyle } from '../team-colors';

/** A team on the dashboard: a gradient card that opens the team. */
export function TeamCard({ team }: { team: TeamSummary }) {
  const t = useT();
  return (
    <Link
      to="/teams/$teamId"
      params={{ teamId: team.id }}
      style={gradientStyle(team.colorScheme)}
      className="flex min-h-28 flex-col justify-between gap-3 rounded-card p-4 shadow-card transition-transform hover:-translate-y-0.5 motion-reduce:transition-none"
    >
      <span className="flex items-start justify-between gap-2">
        <span className="text-md font-semibold break-words">{team.name}</span>
        {team.isOwner && (
          <span className="inline-flex items-center gap-1 text-sm">
            <Crown aria-hidden="true" className="size-4 shrink-0" />
            {t('teams.ownerBadge')}
          </span>
        )}
      </span>
      <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1">
          <Users aria-hidden="true" className="size-3.5" />
          {t('teams.memberCount', { count: team.memberCount })}
        </span>
        {team.myRoles.length > 0 && <span className="truncate">{team.myRoles.map((role) => role.name).join(', ')}</span>}
      </span>
    </Link>
  );
}
