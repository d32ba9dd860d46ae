import { useMutation } from '@tanstack/react-query';
import { GitCompareArrows } from 'lucide-react';
import { useState } from 'react';
import type { CompareReport, DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { Alert } from '../../../ui/feedback/Alert';
import { compareVersions } from '../api/decisions-api';
import { compareChoices, defaultComparison, parseSelector, selectorValue } from '../logic/compare-choices';
import { buildScenarioInputs, type ScenarioRow } from '../logic/scenarios';
import { OutcomeChanges } from './OutcomeChanges';
import { RunProblem } from './RunProblem';
import { whenPrepared, type TestTarget } from './test-target';

interface ComparePanelProps {
  detail: DecisionDetail;
  target: TestTarget;
  rows: readonly ScenarioRow[];
}

/** Runs the scenarios' inputs through two versions and lists every input whose outcome changed. */
export function ComparePanel({ detail, target, rows }: ComparePanelProps) {
  const t = useT();
  const choices = compareChoices(detail);
  const [pair, setPair] = useState(() => defaultComparison(detail));
  const [invalidCount, setInvalidCount] = useState(0);
  const compare = useMutation({
    mutationFn: (inputs: Record<string, unknown>[]) => {
      const run = () => compareVersions(detail.id, { body: { from: pair.from, to: pair.to, inputs }, decision: target.decision });
      const usesDraft = pair.from === 'draft' || pair.to === 'draft';
      return usesDraft ? whenPrepared(target, run) : run();
    },
  });
  const start = () => {
    const built = buildScenarioInputs(rows, target.fields);
    setInvalidCount(built.errors.length);
    if (built.errors.length === 0 && built.inputs.length > 0) compare.mutate(built.inputs);
  };
  const options = choices.map((choice) => ({ value: selectorValue(choice.selector), label: choice.version === null ? t('decisions.compare.draft') : t(`decisions.compare.version.${choice.status}`, { version: choice.version }) }));
  const select = (key: 'from' | 'to', value: string) => { setPair({ ...pair, [key]: parseSelector(value) }); };
  if (choices.length < 2) return <p className="text-sm text-fg-muted">{t('decisions.compare.needTwo')}</p>;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">{t('decisions.compare.hint', { count: rows.length })}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-56"><Field label={t('decisions.compare.from')}>{(control) => <Select {...control} options={options} value={selectorValue(pair.from)} onChange={(event) => { select('from', event.target.value); }} />}</Field></div>
        <div className="w-56"><Field label={t('decisions.compare.to')}>{(control) => <Select {...control} options={options} value={selectorValue(pair.to)} onChange={(event) => { select('to', event.target.value); }} />}</Field></div>
        <Button variant="primary" icon={GitCompareArrows} disabled={rows.length === 0} isLoading={compare.isPending} onClick={start}>{t('decisions.compare.run')}</Button>
      </div>
      {invalidCount > 0 && <Alert tone="danger" title={t('decisions.scenarios.invalid', { count: invalidCount })} />}
      {compare.isError && <RunProblem error={compare.error} table={target.table} />}
      {compare.data && !compare.isError && <CompareResult report={compare.data} />}
    </div>
  );
}

function CompareResult({ report }: { report: CompareReport }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm font-medium">{t('decisions.compare.summary', { compared: report.compared, changed: report.changed.length })}</p>
      {report.changed.length > 0 && <OutcomeChanges changes={report.changed} />}
    </div>
  );
}

