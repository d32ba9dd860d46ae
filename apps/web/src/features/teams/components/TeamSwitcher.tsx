import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ArrowLeftRight, Check } from 'lucide-react';
import { useState } from 'react';
import type { TeamSummary } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { Dialog } from '../../../ui/overlays/Dialog';
import { teamsQueryOptions } from '../api/teams-api';
import { gradientStyle } from '../team-colors';
import { filterTeams } from '../team-search';

/** "Switch team": a searchable list of your own and other teams, in a dialog. */
export function TeamSwitcher({ currentTeamId }: { currentTeamId: string }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState('');
  const teams = useQuery({ ...teamsQueryOptions, enabled: isOpen });
  const close = () => { setIsOpen(false); setQuery(''); };
  const own = filterTeams(teams.data?.own ?? [], query);
  const joined = filterTeams(teams.data?.joined ?? [], query);

  return (
    <>
      <Button variant="secondary" icon={ArrowLeftRight} onClick={() => { setIsOpen(true); }}>{t('teams.switcher')}</Button>
      <Dialog open={isOpen} onClose={close} title={t('teams.switcherTitle')}>
        <TextField label={t('teams.switcherSearch')} type="search" value={query} autoFocus onChange={(event) => { setQuery(event.target.value); }} />
        {teams.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : (
          <div className="flex max-h-80 flex-col gap-4 overflow-y-auto">
            <SwitcherGroup title={t('teams.switcherOwn')} teams={own} currentTeamId={currentTeamId} onNavigate={close} />
            <SwitcherGroup title={t('teams.switcherOther')} teams={joined} currentTeamId={currentTeamId} onNavigate={close} />
            {own.length + joined.length === 0 && <p className="text-fg-muted">{t('teams.switcherNone', { query })}</p>}
          </div>
        )}
      </Dialog>
    </>
  );
}

interface SwitcherGroupProps {
  title: string;
  teams: readonly TeamSummary[];
  currentTeamId: string;
  onNavigate: () => void;
}

function SwitcherGroup({ title, teams, currentTeamId, onNavigate }: SwitcherGroupProps) {
  if (teams.length === 0) return null;
  return (
    <section className="flex flex-col gap-1">
      <h3 className="text-xs font-medium text-fg-muted">{title}</h3>
      <ul className="flex flex-col gap-0.5">
        {teams.map((team) => (
          <li key={team.id}>
            <Link
              to="/teams/$teamId"
              params={{ teamId: team.id }}
              onClick={onNavigate}
              aria-current={team.id === currentTeamId ? 'page' : undefined}
              className="flex items-center gap-2 rounded-control px-2 py-1.5 hover:bg-hover"
            >
              <span aria-hidden="true" style={gradientStyle(team.colorScheme)} className="size-4 shrink-0 rounded-full" />
              <span className="flex-1 truncate">{team.name}</span>
              {team.id === currentTeamId && <Check aria-hidden="true" className="size-4 text-accent-fg" />}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
