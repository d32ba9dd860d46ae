import { useMutation } from '@tanstack/react-query';
import type { ImportMapping, ImportPreviewRow, ImportReport, ImportResult, ImportRowError } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { Alert } from '../../../ui/feedback/Alert';
import { runImport } from '../api/users-api';
import { useInvalidateUsers } from '../hooks/useInvalidateUsers';
import type { SourceFile } from './import-wizard';
import { ProblemAlert } from '../components/ProblemAlert';

interface ReportStepProps {
  source: SourceFile;
  mapping: ImportMapping;
  sendInvites: boolean;
  report: ImportReport;
  onBack: () => void;
  onImported: (result: ImportResult) => void;
}

/** Step 3: the dry run's report — every problem by row and column, a preview — then the import. */
export function ReportStep({ source, mapping, sendInvites, report, onBack, onImported }: ReportStepProps) {
  const t = useT();
  const invalidate = useInvalidateUsers();
  const run = useMutation({
    mutationFn: () => runImport({ csv: source.csv, mapping, sendInvites }),
    onSuccess: async (result) => {
      await invalidate();
      onImported(result);
    },
  });
  const hasErrors = report.errors.length > 0;
  return (
    <div className="flex flex-col gap-4">
      {hasErrors
        ? <Alert tone="danger" title={t('users.import.report.problems', { count: report.errors.length, rows: report.rows })}>{t('users.import.report.fix')}</Alert>
        : <Alert tone="info" title={t('users.import.report.ready', { count: report.valid })} />}
      {hasErrors ? <ErrorTable errors={report.errors} /> : <PreviewTable rows={report.preview} />}
      {run.isError && <ProblemAlert problem={run.error} />}
      <div className="flex justify-between gap-2">
        <Button variant="ghost" onClick={onBack}>{t('users.import.back')}</Button>
        {!hasErrors && report.valid > 0 && (
          <Button variant="primary" isLoading={run.isPending} onClick={() => { run.mutate(); }}>
            {t('users.import.report.run', { count: report.valid })}
          </Button>
        )}
      </div>
    </div>
  );
}

function ErrorTable({ errors }: { errors: readonly ImportRowError[] }) {
  const t = useT();
  const columns: TableColumn<ImportRowError>[] = [
    { id: 'row', header: t('users.import.report.row'), cell: (error) => error.row, align: 'end' },
    { id: 'column', header: t('users.import.report.column'), cell: (error) => error.column || t('users.import.report.wholeRow') },
    { id: 'message', header: t('users.import.report.message'), cell: (error) => error.message },
  ];
  return (
    <div className="max-h-72 overflow-y-auto">
      <Table caption={t('users.import.report.errorsCaption')} columns={columns} rows={errors} getRowKey={(error) => `${error.row}-${error.column}-${error.message}`} />
    </div>
  );
}

function PreviewTable({ rows }: { rows: readonly ImportPreviewRow[] }) {
  const t = useT();
  const columns: TableColumn<ImportPreviewRow>[] = [
    { id: 'row', header: t('users.import.report.row'), cell: (row) => row.row, align: 'end' },
    { id: 'email', header: t('users.import.field.email'), cell: (row) => row.email },
    { id: 'name', header: t('users.import.field.name'), cell: (row) => row.name },
    { id: 'roles', header: t('users.import.field.roles'), cell: (row) => row.roles.join(', ') },
    { id: 'status', header: t('users.import.field.status'), cell: (row) => t(`users.status.${row.status}`) },
  ];
  return (
    <div className="max-h-72 overflow-y-auto">
      <Table caption={t('users.import.report.previewCaption')} columns={columns} rows={rows} getRowKey={(row) => String(row.row)} />
    </div>
  );
}
