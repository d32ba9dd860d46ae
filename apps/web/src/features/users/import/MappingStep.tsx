import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportMapping, ImportReport } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Checkbox } from '../../../ui/controls/Checkbox';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { checkImport } from '../api/users-api';
import { buildMapping, IMPORT_FIELDS, initialSelection, type SourceFile } from './import-wizard';
import { ProblemAlert } from '../components/ProblemAlert';

interface MappingStepProps {
  source: SourceFile;
  /** What was chosen before, when coming back from the report. */
  chosen: { mapping: ImportMapping; sendInvites: boolean } | undefined;
  onBack: () => void;
  onChecked: (result: { mapping: ImportMapping; sendInvites: boolean; report: ImportReport }) => void;
}

/** Step 2: which column holds which field (prefilled from the header names); then a dry run. */
export function MappingStep({ source, chosen, onBack, onChecked }: MappingStepProps) {
  const t = useT();
  const [selection, setSelection] = useState(() => initialSelection(source.preview, chosen?.mapping));
  const [sendInvites, setSendInvites] = useState(chosen?.sendInvites ?? true);
  const mapping = buildMapping(selection);
  const check = useMutation({
    mutationFn: (chosen: ImportMapping) => checkImport({ csv: source.csv, mapping: chosen, sendInvites }),
    onSuccess: (report, chosen) => { onChecked({ mapping: chosen, sendInvites, report }); },
  });
  const options = [{ value: '', label: t('users.import.mapping.none') }, ...source.preview.columns.map((column) => ({ value: column, label: column }))];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">{t('users.import.mapping.help', { file: source.fileName, rows: source.preview.rows })}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {IMPORT_FIELDS.map((field) => (
          <Field key={field} label={t(`users.import.field.${field}`)} error={field === 'email' && mapping === null ? t('users.import.mapping.emailRequired') : undefined}>
            {(control) => <Select {...control} options={options} value={selection[field]} onChange={(event) => { setSelection({ ...selection, [field]: event.target.value }); }} />}
          </Field>
        ))}
      </div>
      <Checkbox label={t('users.import.mapping.sendInvites')} checked={sendInvites} onChange={(event) => { setSendInvites(event.target.checked); }} />
      {check.isError && <ProblemAlert problem={check.error} />}
      <div className="flex justify-between gap-2">
        <Button variant="ghost" onClick={onBack}>{t('users.import.back')}</Button>
        <Button variant="primary" isLoading={check.isPending} disabled={mapping === null} onClick={() => { if (mapping) check.mutate(mapping); }}>
          {t('users.import.mapping.check')}
        </Button>
      </div>
    </div>
  );
}
