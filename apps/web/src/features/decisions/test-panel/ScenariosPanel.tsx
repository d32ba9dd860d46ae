import { useMutation } from '@tanstack/react-query';
import { Play, Plus } from 'lucide-react';
import { useState } from 'react';
import type { TestReport } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { testDecision } from '../api/decisions-api';
import type { SavedScenarios } from '../hooks/useSavedScenarios';
import { buildScenarios, emptyScenario, type ScenarioRow } from '../logic/scenarios';
import { RunProblem } from './RunProblem';
import { ScenarioSaveStatus } from './ScenarioSaveStatus';
import { ScenarioTable, type ScenarioOutcome } from './ScenarioTable';
import { whenPrepared, type TestTarget } from './test-target';

interface ScenariosPanelProps {
  target: TestTarget;
  /** The decision's saved scenarios (shared by everyone who works on it). */
  scenarios: SavedScenarios;
  /** May run them (`decisions:evaluate`). */
  canRun: boolean;
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

function useScenarioRun(target: TestTarget) {
  return useMutation({
    mutationFn: (request: { rows: readonly ScenarioRow[]; scenarios: ReturnType<typeof buildScenarios>['scenarios'] }) => whenPrepared(target, async (): Promise<Run> => {
      const report = await testDecision(target.decisionId, { body: { scenarios: request.scenarios, version: target.version }, decision: target.decision });
      return { rows: request.rows, report };
    }),
  });
}

/** The decision's saved scenarios (inputs → expected result), edited in place and run against the version shown. */
export function ScenariosPanel({ target, scenarios, canRun }: ScenariosPanelProps) {
  const t = useT();
  const { rows, canEdit } = scenarios;
  const [hasTried, setHasTried] = useState(false);
  const run = useScenarioRun(target);
  if (!scenarios.isLoaded) return <ScenariosLoading error={scenarios.loadError} onRetry={scenarios.retryLoad} />;
  const start = () => {
    const built = buildScenarios(rows, target.fields);
    setHasTried(true);
    if (built.errors.length === 0 && built.scenarios.length > 0) run.mutate({ rows, scenarios: built.scenarios });
  };
  const report = currentReport(run.data, rows);
  return (
    <div className="flex flex-col gap-4">
      <ScenariosHeader target={target} scenarios={scenarios} />
      <ScenarioRows target={target} scenarios={scenarios} outcomes={outcomesOf(run.data, rows)} />
      <div className="flex flex-wrap items-center gap-3">
        {canEdit && <Button icon={Plus} onClick={() => { scenarios.change((current) => [...current, emptyScenario(target.fields)]); }}>{t('decisions.scenarios.add')}</Button>}
        {canRun && <Button variant="primary" icon={Play} disabled={rows.length === 0} isLoading={run.isPending} onClick={start}>{t('decisions.scenarios.run')}</Button>}
        {report && !run.isError && (
          <p role="status" className="text-sm font-medium">{t('decisions.scenarios.summary', { passed: report.passed, failed: report.failed, version: report.version })}</p>
        )}
      </div>
      {hasTried && scenarios.errors.length > 0 && <Alert tone="danger" title={t('decisions.scenarios.invalid', { count: scenarios.errors.length })} />}
      {run.isError && <RunProblem error={run.error} table={target.table} />}
    </div>
  );
}

/** The scenarios as a table, or a note that there are none. */
function ScenarioRows({ target, scenarios, outcomes }: { target: TestTarget; scenarios: SavedScenarios; outcomes: ReadonlyMap<string, ScenarioOutcome> }) {
  const t = useT();
  if (scenarios.rows.length === 0) {
    return <p className="rounded-card border border-dashed border-border-strong p-4 text-center text-sm text-fg-muted">{t(scenarios.canEdit ? 'decisions.scenarios.empty' : 'decisions.scenarios.emptyReadOnly')}</p>;
  }
  return <ScenarioTable target={target} rows={scenarios.rows} errors={scenarios.errors} outcomes={outcomes} onRowsChange={scenarios.canEdit ? scenarios.change : undefined} />;
}

/** What the scenarios are for, and how saving goes (for those who may change them). */
function ScenariosHeader({ target, scenarios }: { target: TestTarget; scenarios: SavedScenarios }) {
  const t = useT();
  // After a conflict the rows take no edits until Reload, but they are still this person's to change.
  const isEditor = scenarios.canEdit || scenarios.status === 'conflict';
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-fg-muted">{t(isEditor ? 'decisions.scenarios.hint' : 'decisions.scenarios.readOnlyHint', { version: target.versionLabel })}</p>
      {isEditor && <ScenarioSaveStatus status={scenarios.status} onReload={scenarios.reload} onRetry={scenarios.retrySave} />}
    </div>
  );
}

function ScenariosLoading({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const t = useT();
  if (error) return <ErrorState {...describeError(error, t)} onRetry={onRetry} />;
  return (
    <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('decisions.scenarios.loading')}>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
