import { useState, type ReactNode } from 'react';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Tabs, type TabItem } from '../../../ui/display/Tabs';
import { useSavedScenarios } from '../hooks/useSavedScenarios';
import type { DecisionAccess } from '../logic/access';
import { ComparePanel } from '../test-panel/ComparePanel';
import { EvaluatePanel } from '../test-panel/EvaluatePanel';
import type { RuleHighlight } from '../test-panel/rule-highlight';
import { ScenariosPanel } from '../test-panel/ScenariosPanel';
import type { TestTarget } from '../test-panel/test-target';
import { VersionHistory } from '../versions/VersionHistory';

interface DecisionTabsProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  target: TestTarget;
  /** The version number the page shows. */
  shown: number;
  onView: (version: number | null) => void;
  /** The rules to highlight after an evaluation (after a failed one: those the problem names). */
  onEvaluated: (rules: RuleHighlight) => void;
  /** The verification findings (decision tables only). */
  problems?: { count: number; panel: ReactNode } | undefined;
  /** When the decision was fetched, for relative times. */
  now: number;
}

/**
 * Under the table: evaluate and compare (for those who may evaluate), the saved scenarios (run by
 * those who may evaluate, changed by those who may edit), problems and versions.
 */
export function DecisionTabs({ detail, access, target, shown, onView, onEvaluated, problems, now }: DecisionTabsProps) {
  const t = useT();
  const scenarios = useSavedScenarios({ decisionId: detail.id, fields: target.fields, canUpdate: access.canUpdate });
  const [tab, setTab] = useState(access.canEvaluate ? 'evaluate' : problems ? 'problems' : 'versions');
  const keep = (inputs: Record<string, unknown>, result: unknown) => {
    scenarios.add({ name: '', inputs, expected: result });
    setTab('scenarios');
  };
  const scenariosTab: TabItem = {
    id: 'scenarios', label: t('decisions.tab.scenarios', { count: scenarios.rows.length }),
    panel: <ScenariosPanel target={target} scenarios={scenarios} canRun={access.canEvaluate} />,
  };
  const testing: TabItem[] = access.canEvaluate ? [
    { id: 'evaluate', label: t('decisions.tab.evaluate'), panel: <EvaluatePanel target={target} onEvaluated={onEvaluated} onKeep={scenarios.canEdit ? keep : undefined} /> },
    scenariosTab,
    { id: 'compare', label: t('decisions.tab.compare'), panel: <ComparePanel detail={detail} target={target} rows={scenarios.rows} /> },
  ] : [scenariosTab];
  const tabs: TabItem[] = [
    ...testing,
    ...(problems ? [{ id: 'problems', label: t('decisions.tab.problems', { count: problems.count }), panel: problems.panel }] : []),
    {
      id: 'versions', label: t('decisions.tab.versions', { count: detail.versions.length }),
      panel: <VersionHistory detail={detail} shown={shown} canRestore={access.canUpdate && detail.kind === 'table'} onView={onView} now={now} />,
    },
  ];
  return (
    <section aria-label={t('decisions.tab.label')} className="rounded-card border border-border bg-raised p-4 shadow-card">
      <Tabs label={t('decisions.tab.label')} tabs={tabs} value={tab} onChange={setTab} />
    </section>
  );
}
