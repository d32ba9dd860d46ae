import { useMutation } from '@tanstack/react-query';
import { Play, Plus } from 'lucide-react';
import { useState } from 'react';
import type { TestReport } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { testDecision } from '../api/decisions-api';
import { buildScenarios, emptyScenario, type ScenarioCellError, type ScenarioRow } from '../logic/scenarios';
import { RunProblem } from './RunProblem';
import { ScenarioTable, type ScenarioOutcome } from './ScenarioTable';
import { whenPrepared, type TestTarget } from './test-target';

interface ScenariosPanelProps {
  target: TestTarget;
  rows: ScenarioRow[];
  onRowsChange: (update: (rows: ScenarioRow[]) => ScenarioRow[]) => void;
}

interface Run {
  /** The rows as they were run: an outcome is shown only while its row is unchanged. */
  rows: readonly ScenarioRow[];
  report: TestReport;
}

function outcomesOf(run: Run | undefined, current: readonly ScenarioRow[]): Map<string, ScenarioOutcome> {
  const outcomes = new Map<string, ScenarioOutcome>();
  run?.rows.forEach((row, index) => {
    const result = run.report.results[index];
    if (result && current.includes(row)) outcomes.set(row.id, result);
  });
  return outcomes;
}

/** The report of the last run while the rows are still the ones that were run. */
function currentReport(run: Run | undefined, rows: readonly ScenarioRow[]): TestReport | undefined {
  const isCurrent = run !== undefined && run.rows.length === rows.length && run.rows.every((row, index) => rows[index] === row);
  return isCurrent ? run.report : undefined;
}

/** Scenarios (inputs → expected result) run against the version shown: pass or fail per row. */
export function ScenariosPanel({ target, rows, onRowsChange }: ScenariosPanelProps) {
  const t = useT();
  const [cellErrors, setCellErrors] = useState<ScenarioCellError[]>([]);
  const run = useMutation({
    mutationFn: (request: { rows: readonly ScenarioRow[]; scenarios: ReturnType<typeof buildScenarios>['scenarios'] }) => whenPrepared(target, async (): Promise<Run> => {
      const report = await testDecision(target.decisionId, { body: { scenarios: request.scenarios, version: target.version }, decision: target.decision });
      return { rows: request.rows, report };
    }),
  });
  const start = () => {
    const built = buildScenarios(rows, target.fields);
    setCellErrors(built.errors);
    if (built.errors.length === 0 && built.scenarios.length > 0) run.mutate({ rows, scenarios: built.scenarios });
  };
  const report = currentReport(run.data, rows);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">{t('decisions.scenarios.hint', { version: target.versionLabel })}</p>
      {rows.length > 0 && (
        <ScenarioTable target={target} rows={rows} errors={cellErrors} outcomes={outcomesOf(run.data, rows)} onRowsChange={onRowsChange} />
      )}
      {rows.length === 0 && <p className="rounded-card border border-dashed border-border-strong p-4 text-center text-sm text-fg-muted">{t('decisions.scenarios.empty')}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button icon={Plus} onClick={() => { onRowsChange((current) => [...current, emptyScenario(target.fields)]); }}>{t('decisions.scenarios.add')}</Button>
        <Button variant="primary" icon={Play} disabled={rows.length === 0} isLoading={run.isPending} onClick={start}>{t('decisions.scenarios.run')}</Button>
        {report && !run.isError && (
          <p role="status" className="text-sm font-medium">{t('decisions.scenarios.summary', { passed: report.passed, failed: report.failed, version: report.version })}</p>
        )}
      </div>
      {cellErrors.length > 0 && <Alert tone="danger" title={t('decisions.scenarios.invalid', { count: cellErrors.length })} />}
      {run.isError && <RunProblem error={run.error} table={target.table} />}
    </div>
  );
}
