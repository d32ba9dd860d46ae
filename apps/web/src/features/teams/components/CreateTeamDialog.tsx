import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import type { TeamColorScheme } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { createTeam, TEAMS_KEY } from '../api/teams-api';
import { describeTeamError, fieldErrorFor } from '../team-errors';
import { ColorSchemePicker } from './ColorSchemePicker';

const MIN_NAME_LENGTH = 3;

/** "Create team": a name of at least three characters and a colour scheme; opens the new team. */
export function CreateTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const formId = useId();
  const [name, setName] = useState('');
  const [colorScheme, setColorScheme] = useState<TeamColorScheme>('blue');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: createTeam,
    onSuccess: async (team) => {
      showToast({ title: t('teams.created', { name: team.name }), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
      close();
      await navigate({ to: '/teams/$teamId', params: { teamId: team.id } });
    },
  });
  const close = () => {
    setName('');
    setColorScheme('blue');
    setIsSubmitted(false);
    mutation.reset();
    onClose();
  };
  const isTooShort = name.trim().length < MIN_NAME_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!isTooShort) mutation.mutate({ name: name.trim(), colorScheme });
  };
  const nameError = isSubmitted && isTooShort ? t('teams.nameTooShort') : fieldErrorFor(mutation.error, { field: 'name', t });

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('teams.createTitle')}
      description={t('teams.createDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={close}>{t('teams.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isLoading={mutation.isPending}>{t('teams.create')}</Button>
        </>
      )}
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        {mutation.isError && nameError === undefined && <Alert tone="danger" title={describeTeamError(mutation.error, t).title} />}
        <TextField label={t('teams.name')} hint={t('teams.nameHint')} value={name} maxLength={60} required autoFocus error={nameError}
          onChange={(event) => { setName(event.target.value); }} />
        <ColorSchemePicker value={colorScheme} onChange={setColorScheme} />
      </form>
    </Dialog>
  );
}
