import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { DecisionDetail, DecisionTable } from '@flowforge/contracts';
import { isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { decisionKeys, publishDraft } from '../api/decisions-api';
import { locateProblems } from '../logic/cell-problems';
import { CellProblemList } from './CellProblemList';
import { formProblemOf } from './form-problem';

const FORM_ID = 'publish-decision-form';

interface PublishDialogProps {
  detail: DecisionDetail;
  /** The draft's table, to say where invalid cells are. */
  table: DecisionTable | null;
  /** Sends pending edits first; false when the draft could not be saved. */
  flush: () => Promise<boolean>;
  onClose: () => void;
}

class DraftNotSavedError extends Error {}

/** Publishes the draft as the new active version, with a note; invalid cells block it and are listed. */
export function PublishDialog({ detail, table, flush, onClose }: PublishDialogProps) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [comment, setComment] = useState('');
  const publish = useMutation({
    mutationFn: async () => {
      if (!(await flush())) throw new DraftNotSavedError();
      return publishDraft(detail.id, comment.trim());
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.publish.done', { version: detail.draftVersion ?? 0 }) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('decisions.publish.title', { name: detail.name, version: detail.draftVersion ?? 0 })}
      description={t('decisions.publish.description')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('decisions.cancel')}</Button>
          <Button variant="primary" type="submit" form={FORM_ID} isLoading={publish.isPending}>{t('decisions.publish.submit')}</Button>
        </>
      )}
    >
      <form id={FORM_ID} className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <Field label={t('decisions.publish.comment')} hint={t('decisions.publish.commentHint')}>
          {(control) => (
            <textarea {...control} value={comment} maxLength={500} rows={3} autoFocus
              className={`${CONTROL_CLASS_NAME} h-auto py-2`} onChange={(event) => { setComment(event.target.value); }} />
          )}
        </Field>
        {publish.isError && <PublishProblem error={publish.error} table={table} />}
      </form>
    </Dialog>
  );
}

function PublishProblem({ error, table }: { error: unknown; table: DecisionTable | null }) {
  const t = useT();
  if (error instanceof DraftNotSavedError) return <Alert tone="danger" title={t('decisions.publish.notSaved')}>{t('decisions.publish.notSavedDetail')}</Alert>;
  const problem = formProblemOf(error, t);
  const cells = isApiProblem(error) && table ? locateProblems(table, error.errors) : [];
  return (
    <Alert tone="danger" title={problem.title}>
      {problem.detail}
      {cells.length > 0 && <div className="mt-2"><CellProblemList problems={cells} /></div>}
    </Alert>
  );
}
