import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { createDecision, decisionKeys } from '../api/decisions-api';
import { emptyDecisionTable } from '../editor';
import { fieldErrorsOf, formProblemOf } from './form-problem';

const FORM_ID = 'create-decision-form';

/** "New decision": a name and a description; the table starts as a draft with one rule. */
export function CreateDecisionDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const create = useMutation({
    mutationFn: () => createDecision({ name: name.trim(), description: description.trim(), table: emptyDecisionTable() }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.created', { name: created.name }) });
      onClose();
      onCreated(created.id);
    },
  });
  const errors = create.isError ? fieldErrorsOf(create.error, t) : {};
  const problem = create.isError && Object.keys(errors).length === 0 ? formProblemOf(create.error, t) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('decisions.error.nameRequired'));
      return;
    }
    setNameError(undefined);
    create.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('decisions.createTitle')}
      description={t('decisions.createDescription')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('decisions.cancel')}</Button>
          <Button variant="primary" type="submit" form={FORM_ID} isLoading={create.isPending}>{t('decisions.create')}</Button>
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
