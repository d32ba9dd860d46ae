// The grid's header row: the hit policy in the corner, one header per input and output column,
// then the annotation and (when shown) the checks column.
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import type { ColumnSummary } from './column-summary';
import { ColumnHeaderCell } from './ColumnHeaderCell';
import type { DecisionTable } from '../decision-model';
import type { GridColumn } from './grid-layout';
import { HitPolicyCell } from './HitPolicyCell';

interface GridHeaderRowProps {
  table: DecisionTable;
  columns: readonly GridColumn[];
  summaries: readonly (ColumnSummary | null)[];
  activeCol: number | null;
}

function PlainHeader({ col, label, isActive, className }: { col: number; label: string; isActive: boolean; className?: string }) {
  return (
    <th
      role="columnheader"
      scope="col"
      data-cell=""
      data-row={0}
      data-col={col}
      aria-colindex={col + 1}
      tabIndex={isActive ? 0 : -1}
      className={joinClassNames('sticky top-0 z-20 border-b-2 border-border-strong bg-raised px-2 py-1.5 text-left align-top text-xs font-normal text-fg-muted focus-visible:-outline-offset-2', className)}
    >
      {label}
    </th>
  );
}

export function GridHeaderRow({ table, columns, summaries, activeCol }: GridHeaderRowProps) {
  const t = useT();
  return (
    <tr role="row" aria-rowindex={1}>
      {columns.map((column, col) => {
        const isActive = activeCol === col;
        const at = { row: 0, col };
        switch (column.kind) {
          case 'rule':
            return <HitPolicyCell key="rule" at={at} hitPolicy={table.hitPolicy} aggregation={table.aggregation} isActive={isActive} />;
          case 'annotation':
            return <PlainHeader key="annotation" col={col} label={t('decisionEditor.column.annotation')} isActive={isActive} className="border-r" />;
          case 'checks':
            return <PlainHeader key="checks" col={col} label={t('decisionEditor.column.checks')} isActive={isActive} />;
          default: {
            const summary = summaries[col];
            if (!summary) return null;
            const count = column.kind === 'input' ? table.inputs.length : table.outputs.length;
            return (
              <ColumnHeaderCell
                key={column.id}
                at={at}
                summary={summary}
                isActive={isActive}
                isFirst={column.index === 0}
                isLast={column.index === count - 1}
                canDelete={column.kind === 'input' || count > 1}
                hasSeparator={column.kind === 'output' && column.index === 0}
              />
            );
          }
        }
      })}
    </tr>
  );
}
