import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { TeamColorScheme, TeamDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Card } from '../../../ui/display/Card';
import { useToast } from '../../../ui/feedback/useToast';
import { refreshAfterChange } from '../api/live-refresh';
import { TEAMS_KEY, updateTeam } from '../api/teams-api';
import { describeTeamError, fieldErrorFor } from '../team-errors';
import { ColorSchemePicker } from './ColorSchemePicker';
import { DeleteTeamDialog } from './DeleteTeamDialog';

/** The owner's card: rename, recolour, and delete the team. */
export function TeamSettingsCard({ team }: { team: TeamDetail }) {
  const t = useT();
  const [name, setName] = useState(team.name);
  const [colorScheme, setColorScheme] = useState<TeamColorScheme>(team.colorScheme);
  const [isDeleting, setIsDeleting] = useState(false);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => updateTeam(team.id, { name: name.trim(), colorScheme }),
    onSuccess: async () => {
      showToast({ title: t('teams.saved'), tone: 'success' });
      await refreshAfterChange(queryClient, TEAMS_KEY);
    },
    onError: (error) => {
      if (fieldErrorFor(error, { field: 'name', t }) === undefined) showToast({ title: describeTeamError(error, t).title, tone: 'danger' });
    },
  });
  const isTooShort = name.trim().length < 3;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isTooShort) mutation.mutate();
  };
  const nameError = isTooShort ? t('teams.nameTooShort') : fieldErrorFor(mutation.error, { field: 'name', t });

  return (
    <Card title={t('teams.settings')} description={t('teams.settingsHint')}>
      <form noValidate onSubmit={submit} className="flex max-w-md flex-col gap-4">
        <TextField label={t('teams.name')} value={name} maxLength={60} required error={nameError} onChange={(event) => { setName(event.target.value); }} />
        <ColorSchemePicker value={colorScheme} onChange={setColorScheme} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" isLoading={mutation.isPending}>{t('teams.save')}</Button>
          <Button variant="danger" icon={Trash2} onClick={() => { setIsDeleting(true); }}>{t('teams.delete')}</Button>
        </div>
      </form>
      <DeleteTeamDialog team={team} open={isDeleting} onClose={() => { setIsDeleting(false); }} />
    </Card>
  );
}
