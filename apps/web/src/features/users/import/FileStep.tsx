import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Spinner } from '../../../ui/feedback/Spinner';
import { previewImport } from '../api/users-api';
import { checkFile, type SourceFile } from './import-wizard';
import { ProblemAlert } from '../components/ProblemAlert';

/** Step 1: choose a CSV file; it is read in the browser and its columns come back from the server. */
export function FileStep({ onRead }: { onRead: (source: SourceFile) => void }) {
  const t = useT();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const read = useMutation({
    mutationFn: async (file: File) => {
      const csv = await file.text();
      return { fileName: file.name, csv, preview: await previewImport(csv) };
    },
    onSuccess: onRead,
  });
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const fileProblem = checkFile(file);
    setProblem(fileProblem === null ? undefined : t(`users.import.file.${fileProblem}`));
    if (fileProblem === null) read.mutate(file);
  };
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">{t('users.import.file.help')}</p>
      <Field label={t('users.import.file.label')} hint={t('users.import.file.hint')} error={problem}>
        {(control) => (
          <input {...control} type="file" accept=".csv,text/csv,text/plain" onChange={choose}
            className="text-sm file:mr-3 file:h-9 file:rounded-control file:border file:border-border-strong file:bg-raised file:px-3 file:text-fg" />
        )}
      </Field>
      {read.isPending && <Spinner label={t('users.import.file.reading')} />}
      {read.isError && <ProblemAlert problem={read.error} />}
    </div>
  );
}
