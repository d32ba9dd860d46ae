import { useMemo, useState, type ReactNode } from 'react';
import type { DecisionDetail, DecisionTable, VersionSelector } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { DecisionTableEditor } from '../editor';
import { useVerification } from '../hooks/useVerification';
import type { DecisionAccess } from '../logic/access';
import { inputFieldsOf } from '../logic/input-form';
import type { RuleHighlight } from '../test-panel/rule-highlight';
import type { TestTarget } from '../test-panel/test-target';
import { DecisionTabs } from './DecisionTabs';
import { WarningsList } from './WarningsList';

interface TableWorkspaceProps {
  detail: DecisionDetail;
  access: DecisionAccess;
  table: DecisionTable;
  /** Makes the grid editable. */
  onChange?: ((next: DecisionTable) => void) | undefined;
  /** What the version's bar shows above the grid (status, actions). */
  toolbar: ReactNode;
  version: { selector: VersionSelector; number: number; label: string };
  /** Saves what the server must have before a test run (the draft's pending edits). */
  prepare?: (() => Promise<boolean>) | undefined;
  onView: (version: number | null) => void;
  now: number;
}

const ready = () => Promise.resolve(true);
const noChange = () => undefined;

interface Highlighted {
  table: DecisionTable;
  matched: string[];
  selected: string[];
}

/** One version of a decision table: its bar, the grid (with warnings and evaluation highlights) and the tabs below. */
export function TableWorkspace({ detail, access, table, onChange, toolbar, version, prepare = ready, onView, now }: TableWorkspaceProps) {
  const t = useT();
  const verification = useVerification(table);
  const [highlighted, setHighlighted] = useState<Highlighted | null>(null);
  const { fields, hasComplexInputs } = useMemo(() => inputFieldsOf(table), [table]);
  const target: TestTarget = { decisionId: detail.id, version: version.selector, versionLabel: version.label, fields, hasComplexInputs, table, prepare };
  const onEvaluated = (rules: RuleHighlight) => { setHighlighted({ table, ...rules }); };
  // An evaluation highlights rules only while the grid still shows what was evaluated.
  const highlight = highlighted?.table === table ? { matched: highlighted.matched, selected: highlighted.selected } : undefined;
  const problems = { count: verification.warnings.length, panel: <WarningsList table={table} warnings={verification.warnings} failed={verification.failed} /> };
  return (
    <>
      {toolbar}
      <section aria-label={t('decisions.tableLabel', { version: version.label })} className="min-w-0">
        <DecisionTableEditor value={table} onChange={onChange ?? noChange} readOnly={onChange === undefined} warnings={verification.warnings} highlight={highlight} />
      </section>
      <DecisionTabs detail={detail} access={access} target={target} shown={version.number} onView={onView} onEvaluated={onEvaluated} problems={problems} now={now} />
    </>
  );
}
