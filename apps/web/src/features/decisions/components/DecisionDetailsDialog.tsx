import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { decisionKeys, updateDecision } from '../api/decisions-api';
import { fieldErrorsOf, formProblemOf } from './form-problem';

const FORM_ID = 'decision-details-form';

/** Renames a decision or changes its description (neither is versioned). */
export function DecisionDetailsDialog({ detail, onClose }: { detail: DecisionDetail; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [name, setName] = useState(detail.name);
  const [description, setDescription] = useState(detail.description);
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const save = useMutation({
    mutationFn: () => updateDecision(detail.id, { name: name.trim(), description: description.trim() }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.saved', { name: saved.name }) });
      onClose();
    },
  });
  const errors = save.isError ? fieldErrorsOf(save.error, t) : {};
  const problem = save.isError && Object.keys(errors).length === 0 ? formProblemOf(save.error, t) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = name.trim() === '';
    setNameError(missing ? t('decisions.error.nameRequired') : undefined);
    if (!missing) save.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('decisions.detailsTitle', { name: detail.name })}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('decisions.cancel')}</Button>
          <Button variant="primary" type="submit" form={FORM_ID} isLoading={save.isPending}>{t('decisions.saveDetails')}</Button>
        </>
      )}
    >
      <form id={FORM_ID} className="flex flex-col gap-4" onSubmit={submit} noValidate>
        {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
        <TextField label={t('decisions.field.name')} value={name} required maxLength={200} autoFocus
          error={nameError ?? errors.name} hint={t('decisions.field.nameHint')} onChange={(event) => { setName(event.target.value); }} />
        <TextField label={t('decisions.field.description')} value={description} maxLength={2000}
          error={errors.description} onChange={(event) => { setDescription(event.target.value); }} />
      </form>
    </Dialog>
  );
}
