import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { isApiProblem } from '../../../lib/api-problem';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { TextField } from '../../../ui/controls/TextField';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { Dialog } from '../../../ui/overlays/Dialog';
import { useMe } from '../../session';
import { decisionKeys, importDmn } from '../api/decisions-api';
import { formProblemOf } from './form-problem';
import { ProblemList } from './ProblemList';

const FORM_ID = 'import-dmn-form';

interface ChosenFile {
  fileName: string;
  xml: string;
}

/** "Import .dmn": a DMN 1.1–1.5 file becomes a new decision; what is wrong with a bad file is listed. */
export function ImportDmnDialog({ onClose, onImported }: { onClose: () => void; onImported: (id: string) => void }) {
  const t = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const upload = useMutation({
    mutationFn: (chosen: ChosenFile) => importDmn(chosen.xml, name),
    onSuccess: (imported) => {
      void queryClient.invalidateQueries({ queryKey: decisionKeys.all(me.account.id) });
      showToast({ tone: 'success', title: t('decisions.import.done', { name: imported.name }) });
      onClose();
      onImported(imported.id);
    },
  });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    upload.reset();
    setFile(null);
    if (!chosen) return;
    setFileError(undefined);
    setFile({ fileName: chosen.name, xml: await chosen.text() });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) setFileError(t('decisions.import.fileRequired'));
    else upload.mutate(file);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('decisions.import.title')}
      description={t('decisions.import.description')}
      footer={(
        <>
          <Button variant="ghost" onClick={onClose}>{t('decisions.cancel')}</Button>
          <Button variant="primary" type="submit" form={FORM_ID} isLoading={upload.isPending}>{t('decisions.import.submit')}</Button>
        </>
      )}
    >
      <form id={FORM_ID} className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <DmnFileField error={fileError} onChoose={(event) => void choose(event)} />
        <TextField label={t('decisions.import.name')} hint={t('decisions.import.nameHint')} value={name} maxLength={200}
          onChange={(event) => { setName(event.target.value); }} />
        {upload.isError && <ImportProblem error={upload.error} />}
      </form>
    </Dialog>
  );
}

function DmnFileField({ error, onChoose }: { error: string | undefined; onChoose: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const t = useT();
  return (
    <Field label={t('decisions.import.file')} hint={t('decisions.import.fileHint')} error={error}>
      {(control) => (
        <input {...control} type="file" accept=".dmn,.xml,application/xml,text/xml" onChange={onChoose}
          className="text-sm file:mr-3 file:h-9 file:rounded-control file:border file:border-border-strong file:bg-raised file:px-3 file:text-fg" />
      )}
    </Field>
  );
}

/** Why the file was refused, with each problem the server found in it. */
function ImportProblem({ error }: { error: unknown }) {
  const t = useT();
  const problem = formProblemOf(error, t);
  // Problems the detail already states are not listed twice.
  const listed = isApiProblem(error) ? error.errors.filter((entry) => !(problem.detail ?? '').includes(entry.message)) : [];
  return (
    <Alert tone="danger" title={problem.title}>
      {problem.detail}
      {listed.length > 0 && <div className="mt-2"><ProblemList errors={listed} label={t('decisions.import.problems')} /></div>}
    </Alert>
  );
}
