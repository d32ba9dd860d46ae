// One rule of the grid: its number cell, one cell per input and output entry, the annotation and,
// when the grid shows checks, its verification warnings. Memoised: typing into one rule re-renders
// only that row (rules keep their identity through commands that do not touch them).
import { memo } from 'react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import type { DecisionRule, VerificationWarning } from '../decision-model';
import { ChecksCell } from './ChecksCell';
import { EntryCell } from './EntryCell';
import { cellRefOf, ruleCellText, type GridColumn } from './grid-layout';
import { RuleNumberCell, type RuleMark } from './RuleNumberCell';
import { ROW_HEIGHT_PX } from './virtual-rows';

interface RuleRowProps {
  rule: DecisionRule;
  index: number;
  isLast: boolean;
  columns: readonly GridColumn[];
  /** Column names by grid column, for the cell editors' labels. */
  columnNames: readonly string[];
  /** The active column when the active cell is in this row, else null. */
  activeCol: number | null;
  editingCol: number | null;
  warnings: readonly VerificationWarning[] | undefined;
  mark: RuleMark;
  overrides: string | null;
}

export const RuleRow = memo(function RuleRow(props: RuleRowProps) {
  const { rule, index, isLast, columns, columnNames, activeCol, editingCol, warnings, mark, overrides } = props;
  const t = useT();
  const row = index + 1;
  return (
    <tr
      role="row"
      aria-rowindex={row + 1}
      style={{ height: ROW_HEIGHT_PX }}
      className={joinClassNames(mark === 'selected' && 'bg-success-subtle/60', mark === 'matched' && 'bg-accent-subtle/60')}
    >
      {columns.map((column, col) => {
        const at = { row, col };
        const isActive = activeCol === col;
        if (column.kind === 'rule') {
          return <RuleNumberCell key="rule" at={at} rule={rule} isActive={isActive} isLast={isLast} mark={mark} warningCount={warnings?.length ?? 0} overrides={overrides} />;
        }
        if (column.kind === 'checks') return <ChecksCell key="checks" at={at} warnings={warnings} isActive={isActive} />;
        const cell = cellRefOf(column);
        if (!cell) return null;
        return (
          <EntryCell
            key={cell.kind === 'annotation' ? 'annotation' : cell.columnId}
            at={at}
            ruleId={rule.id}
            cell={cell}
            text={ruleCellText(rule, column)}
            editorLabel={t('decisionEditor.cell.edit', { column: columnNames[col] ?? '', number: row })}
            isActive={isActive}
            isEditing={editingCol === col}
            hasSeparator={column.kind === 'output' && column.index === 0}
          />
        );
      })}
    </tr>
  );
});
