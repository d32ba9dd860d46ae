import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { TeamPage, TeamRole } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { Field } from '../../../ui/controls/Field';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { refreshAfterChange } from '../api/live-refresh';
import { createTeamRole, TEAMS_KEY, updateTeamRole } from '../api/teams-api';
import { describeTeamError, fieldErrorFor } from '../team-errors';
import { PAGE_LABEL_KEYS, TEAM_PAGE_LIST } from '../team-pages';

interface RoleDialogProps {
  teamId: string;
  /** The role to edit; undefined creates a new one. */
  role: TeamRole | undefined;
  onClose: () => void;
}

/** Create or edit a team role: name, colour and the pages it opens. Mount it only while open. */
export function RoleDialog({ teamId, role, onClose }: RoleDialogProps) {
  const t = useT();
  const formId = useId();
  const [name, setName] = useState(role?.name ?? '');
  const [color, setColor] = useState(role?.color ?? '#2563eb');
  const [pages, setPages] = useState<TeamPage[]>(role?.pages ?? []);
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const mutation = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), color, pages };
      return role === undefined ? createTeamRole(teamId, body) : updateTeamRole(teamId, role.id, body);
    },
    onSuccess: async (saved) => {
      showToast({ title: t(role === undefined ? 'teams.roles.created' : 'teams.roles.saved', { name: saved.name }), tone: 'success' });
      await refreshAfterChange(queryClient, [...TEAMS_KEY, teamId]);
      onClose();
    },
  });
  const togglePage = (page: TeamPage, isChecked: boolean) => {
    setPages((current) => TEAM_PAGE_LIST.filter((candidate) => (candidate === page ? isChecked : current.includes(candidate))));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const nameError = fieldErrorFor(mutation.error, { field: 'name', t });

  return (
    <Dialog
      open
      onClose={onClose}
      title={role === undefined ? t('teams.roles.createTitle') : t('teams.roles.editTitle', { name: role.name })}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('teams.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isLoading={mutation.isPending}>{t('teams.roles.save')}</Button>
        </>
      )}
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        {mutation.isError && nameError === undefined && <Alert tone="danger" title={describeTeamError(mutation.error, t).title} />}
        <TextField label={t('teams.roles.name')} value={name} maxLength={40} required autoFocus error={nameError} onChange={(event) => { setName(event.target.value); }} />
        <Field label={t('teams.roles.color')} error={fieldErrorFor(mutation.error, { field: 'color', t })}>
          {(control) => (
            <input {...control} type="color" value={color} onChange={(event) => { setColor(event.target.value); }}
              className="h-9 w-16 cursor-pointer rounded-control border border-border-strong bg-canvas p-1" />
          )}
        </Field>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('teams.roles.pages')}</legend>
          {TEAM_PAGE_LIST.map((page) => (
            <Checkbox key={page} label={t(PAGE_LABEL_KEYS[page])} checked={pages.includes(page)} onChange={(event) => { togglePage(page, event.target.checked); }} />
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}
