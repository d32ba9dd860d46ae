// The header of an input or output column: its title, FEEL (expression or name), type, allowed
// values and default, problems marked, and the column menu. Double-click opens the column dialog.
import { CircleAlert } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import { ColumnMenu } from './ColumnMenu';
import type { ColumnSummary } from './column-summary';
import { problemId, useGridActions, type GridActions } from './grid-context';
import type { GridPosition } from './grid-layout';
import { ProblemMessage } from './ProblemText';
import { useColumnErrorMessage } from '../dialogs/useColumnErrorMessage';

interface ColumnHeaderCellProps {
  at: GridPosition;
  summary: ColumnSummary;
  isActive: boolean;
  isFirst: boolean;
  isLast: boolean;
  canDelete: boolean;
  /** The first output column is set apart from the inputs by a double line (as in DMN). */
  hasSeparator: boolean;
}

function openColumnDialog(actions: GridActions, summary: ColumnSummary) {
  if (!actions.readOnly) actions.openDialog({ kind: 'column', columnKind: summary.kind, columnId: summary.id });
}

function ColumnDetails({ summary }: { summary: ColumnSummary }) {
  const t = useT();
  return (
    <span className="flex min-w-0 flex-1 flex-col gap-0.5">
      <span className="text-xs text-fg-muted">{t(summary.kind === 'input' ? 'decisionEditor.column.input' : 'decisionEditor.column.output')}</span>
      <span className="font-semibold break-words">{summary.title}</span>
      {summary.code !== summary.title && <code className="font-mono text-xs break-words">{summary.code}</code>}
      <span className="text-xs text-fg-muted">{t('decisionEditor.column.type', { type: summary.type })}</span>
      {summary.allowed !== '' && <span className="font-mono text-xs break-words text-fg-muted">{t('decisionEditor.column.allowed', { values: summary.allowed })}</span>}
      {summary.defaultValue !== '' && <span className="font-mono text-xs break-words text-fg-muted">{t('decisionEditor.column.default', { value: summary.defaultValue })}</span>}
    </span>
  );
}

export function ColumnHeaderCell({ at, summary, isActive, isFirst, isLast, canDelete, hasSeparator }: ColumnHeaderCellProps) {
  const actions = useGridActions();
  const describe = useColumnErrorMessage();
  const messageId = problemId(actions.gridId, at);
  return (
    <th
      role="columnheader"
      scope="col"
      data-cell=""
      data-row={at.row}
      data-col={at.col}
      aria-colindex={at.col + 1}
      aria-invalid={summary.problem ? true : undefined}
      aria-describedby={summary.problem ? messageId : undefined}
      tabIndex={isActive ? 0 : -1}
      onDoubleClick={() => { openColumnDialog(actions, summary); }}
      className={joinClassNames(
        'sticky top-0 z-20 min-w-44 has-[[aria-expanded=true]]:z-40 border-r border-b-2 border-border-strong px-2 py-1.5 text-left align-top font-normal focus-visible:-outline-offset-2',
        summary.kind === 'input' ? 'bg-sunken' : 'bg-raised',
        hasSeparator && 'border-l-4 border-l-border-strong border-double',
      )}
    >
      <span className="flex items-start gap-1">
        <ColumnDetails summary={summary} />
        {summary.problem && <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-danger" />}
        {!actions.readOnly && <ColumnMenu at={at} kind={summary.kind} columnId={summary.id} name={summary.title} isFirst={isFirst} isLast={isLast} canDelete={canDelete} />}
      </span>
      {summary.problem && <ProblemMessage id={messageId} message={describe(summary.problem.error)} isVisible={isActive} />}
    </th>
  );
}
