import { CircleCheck } from 'lucide-react';
import type { TeamDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import { PAGE_HINT_KEYS, PAGE_LABEL_KEYS } from '../team-pages';
import { LeaveTeamCard } from './LeaveTeamCard';
import { RoleBadge } from './RoleBadge';
import { TeamSettingsCard } from './TeamSettingsCard';

/**
 * What a member sees first: who owns the team, their roles and the pages those roles open. The
 * pages themselves (editor, tasks, monitoring, shop) arrive with their modules; the server already
 * guards them with the same page rules.
 */
export function TeamOverview({ team }: { team: TeamDetail }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-6">
      <Card title={t('teams.overview.about')}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="text-fg-muted">{t('teams.overview.owner')}</dt>
          <dd>{team.owner?.name ?? t('teams.overview.noOwner')}</dd>
          <dt className="text-fg-muted">{t('teams.overview.members')}</dt>
          <dd>{team.memberCount}</dd>
          <dt className="text-fg-muted">{t('teams.overview.myRoles')}</dt>
          <dd className="flex flex-wrap gap-1.5">
            {team.myRoles.length === 0 ? <span>{t('teams.overview.noRoles')}</span> : team.myRoles.map((role) => <RoleBadge key={role.id} role={role} />)}
          </dd>
        </dl>
      </Card>
      <Card title={t('teams.overview.pages')} description={t('teams.overview.pagesHint')}>
        {team.myPages.length === 0 ? (
          <p className="text-fg-muted">{t('teams.overview.noPages')}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {team.myPages.map((page) => (
              <li key={page} className="flex items-start gap-2.5 rounded-control border border-border p-3">
                <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
                <div>
                  <p className="font-medium">{t(PAGE_LABEL_KEYS[page])}</p>
                  <p className="text-sm text-fg-muted">{t(PAGE_HINT_KEYS[page])}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {team.isOwner ? <TeamSettingsCard team={team} /> : <LeaveTeamCard team={team} />}
    </div>
  );
}
