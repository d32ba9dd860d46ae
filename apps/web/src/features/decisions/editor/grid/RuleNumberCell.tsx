// The first cell of a rule row: the rule's number, whether the last evaluation matched or selected
// it, how many verification warnings it has, its §11.3 extras at a glance, and its menu.
import { CalendarClock, Check, CircleCheckBig, Replace, TriangleAlert } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import type { DecisionRule } from '../decision-model';
import { useGridActions } from './grid-context';
import type { GridPosition } from './grid-layout';
import { RuleMenu } from './RuleMenu';

export type RuleMark = 'selected' | 'matched' | null;

interface RuleNumberCellProps {
  at: GridPosition;
  rule: DecisionRule;
  isActive: boolean;
  isLast: boolean;
  mark: RuleMark;
  warningCount: number;
  /** The numbers of the rules this one overrides, e.g. "3, 5". */
  overrides: string | null;
}

function Indicator({ icon: Icon, label, className }: { icon: typeof Check; label: string; className?: string }) {
  return (
    <span title={label} className={joinClassNames('inline-flex shrink-0', className)}>
      <Icon aria-hidden="true" className="size-3.5" />
      <span className="sr-only">{label}</span>
    </span>
  );
}

function ValidityIndicator({ rule }: { rule: DecisionRule }) {
  const t = useT();
  const { validFrom, validTo } = rule;
  if (validFrom === null && validTo === null) return null;
  const label = validFrom !== null && validTo !== null
    ? t('decisionEditor.rule.validBetween', { from: validFrom, to: validTo })
    : validFrom !== null ? t('decisionEditor.rule.validFrom', { date: validFrom }) : t('decisionEditor.rule.validTo', { date: validTo ?? '' });
  return <Indicator icon={CalendarClock} label={label} className="text-fg-muted" />;
}

function MarkIndicator({ mark }: { mark: RuleMark }) {
  const t = useT();
  if (mark === 'selected') return <Indicator icon={CircleCheckBig} label={t('decisionEditor.rule.selected')} className="text-success-fg" />;
  if (mark === 'matched') return <Indicator icon={Check} label={t('decisionEditor.rule.matched')} className="text-accent-fg" />;
  return null;
}

function PriorityIndicator({ priority }: { priority: number | null }) {
  const t = useT();
  if (priority === null) return null;
  const label = t('decisionEditor.rule.priority', { priority });
  return (
    <span title={label} className="shrink-0 text-xs text-fg-muted tabular-nums">
      <span aria-hidden="true">{t('decisionEditor.rule.priorityShort', { priority })}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** What the rule number cell shows about the rule; clipped, not wrapped, when the cell is narrow. */
function RuleIndicators({ rule, mark, warningCount, overrides }: Pick<RuleNumberCellProps, 'rule' | 'mark' | 'warningCount' | 'overrides'>) {
  const t = useT();
  return (
    <span className="flex min-w-0 flex-1 items-center gap-1.5 overflow-hidden">
      <MarkIndicator mark={mark} />
      {warningCount > 0 && <Indicator icon={TriangleAlert} label={t('decisionEditor.rule.warnings', { count: warningCount })} className="text-warning" />}
      <PriorityIndicator priority={rule.priority} />
      <ValidityIndicator rule={rule} />
      {overrides !== null && <Indicator icon={Replace} label={t('decisionEditor.rule.overrides', { rules: overrides })} className="text-fg-muted" />}
    </span>
  );
}

export function RuleNumberCell({ at, rule, isActive, isLast, mark, warningCount, overrides }: RuleNumberCellProps) {
  const t = useT();
  const actions = useGridActions();
  const number = at.row;
  return (
    <th
      role="rowheader"
      scope="row"
      data-cell=""
      data-row={at.row}
      data-col={at.col}
      aria-colindex={at.col + 1}
      tabIndex={isActive ? 0 : -1}
      className={joinClassNames(
        'sticky left-0 z-10 has-[[aria-expanded=true]]:z-40 border-r border-b border-border px-1.5 text-left align-middle font-normal focus-visible:-outline-offset-2',
        mark === 'selected' ? 'bg-success-subtle' : mark === 'matched' ? 'bg-accent-subtle' : 'bg-sunken',
      )}
    >
      <span className="flex items-center gap-1.5">
        <span aria-hidden="true" className={joinClassNames('min-w-5 text-right tabular-nums', mark && 'font-semibold')}>{number}</span>
        <span className="sr-only">{t('decisionEditor.rule', { number })}</span>
        <RuleIndicators rule={rule} mark={mark} warningCount={warningCount} overrides={overrides} />
        {!actions.readOnly && <RuleMenu at={at} ruleId={rule.id} number={number} isFirst={at.row === 1} isLast={isLast} />}
      </span>
    </th>
  );
}
