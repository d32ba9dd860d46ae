// The decision table as an ARIA grid: a header row and one row per rule, one tab stop (the active
// cell, roving tabindex), arrows and the other spreadsheet keys handled by useGridNavigation.
import { useEffect, useMemo, type RefObject } from 'react';
import { useT } from '../../../../lib/i18n';
import { summarizeInput, summarizeOutput, type ColumnSummary } from './column-summary';
import type { DecisionTable } from '../decision-model';
import { columnWidthRem, type GridColumn } from './grid-layout';
import { GridHeaderRow } from './GridHeaderRow';
import { RuleRow } from './RuleRow';
import type { RuleMark } from './RuleNumberCell';
import type { useGridNavigation } from './useGridNavigation';
import type { ArrangedWarnings } from '../warnings';
import type { VirtualRows } from './useVirtualRows';
import { ROW_HEIGHT_PX } from './virtual-rows';

export interface RuleHighlight {
  matched: readonly string[];
  selected: readonly string[];
}

interface DecisionGridProps {
  table: DecisionTable;
  columns: readonly GridColumn[];
  navigation: ReturnType<typeof useGridNavigation>;
  virtual: VirtualRows;
  warnings: ArrangedWarnings;
  highlight: RuleHighlight | undefined;
  names: readonly string[];
  gridRef: RefObject<HTMLTableElement | null>;
}

/** Stands in for the rules above or below the rendered ones, so that the scroll bar is right. */
function SpacerRow({ rows, colSpan }: { rows: number; colSpan: number }) {
  if (rows <= 0) return null;
  return (
    <tr role="presentation" aria-hidden="true">
      <td colSpan={colSpan} style={{ height: rows * ROW_HEIGHT_PX, padding: 0, border: 0 }} />
    </tr>
  );
}

function useColumnSummaries(table: DecisionTable, columns: readonly GridColumn[], names: readonly string[]): (ColumnSummary | null)[] {
  const { inputs, outputs } = table;
  return useMemo(() => columns.map((column) => {
    if (column.kind === 'input') {
      const input = inputs[column.index];
      return input ? summarizeInput(input, names) : null;
    }
    const output = column.kind === 'output' ? outputs[column.index] : undefined;
    return output ? summarizeOutput(output, outputs, names) : null;
  }), [columns, inputs, outputs, names]);
}

function useRuleMarks(highlight: RuleHighlight | undefined): (ruleId: string) => RuleMark {
  return useMemo(() => {
    const selected = new Set(highlight?.selected ?? []);
    const matched = new Set(highlight?.matched ?? []);
    return (ruleId: string) => (selected.has(ruleId) ? 'selected' : matched.has(ruleId) ? 'matched' : null);
  }, [highlight]);
}

/** "3, 5": the numbers of the rules a rule overrides (ids of rules that are gone stay as ids). */
function overridesText(overrideIds: readonly string[], numbers: ReadonlyMap<string, number>): string | null {
  if (overrideIds.length === 0) return null;
  return overrideIds.map((id) => String(numbers.get(id) ?? id)).join(', ');
}

export function DecisionGrid({ table, columns, navigation, virtual, warnings, highlight, names, gridRef }: DecisionGridProps) {
  const t = useT();
  const summaries = useColumnSummaries(table, columns, names);
  const markOf = useRuleMarks(highlight);
  const columnNames = useMemo(() => summaries.map((summary) => summary?.title ?? ''), [summaries]);
  const numbers = new Map(table.rules.map((rule, index) => [rule.id, index + 1]));
  const { active, edit } = navigation;
  const { start, end } = virtual.range;
  const isActiveRendered = active.row === 0 || (active.row - 1 >= start && active.row - 1 < end);
  const isEditScrolledAway = edit !== null && (edit.at.row - 1 < start || edit.at.row - 1 >= end);
  const { leaveEdit } = navigation;
  useEffect(() => {
    if (isEditScrolledAway) leaveEdit(); // the cell editor is gone: keep what was typed
  }, [isEditScrolledAway, leaveEdit]);
  return (
    <div ref={virtual.scrollerRef} onScroll={virtual.onScroll} className="max-h-[70vh] overflow-auto rounded-card border border-border bg-canvas">
      <table
        ref={gridRef}
        role="grid"
        aria-label={t('decisionEditor.gridLabel')}
        aria-rowcount={table.rules.length + 1}
        aria-colcount={columns.length}
        tabIndex={isActiveRendered ? -1 : 0}
        onKeyDown={navigation.onKeyDown}
        onFocus={navigation.onFocus}
        style={{ width: `${columns.reduce((sum, column) => sum + columnWidthRem(column), 0)}rem` }}
        className="table-fixed border-separate border-spacing-0 text-sm tabular-nums"
      >
        <colgroup>
          {columns.map((column, col) => <col key={col} style={{ width: `${columnWidthRem(column)}rem` }} />)}
        </colgroup>
        <thead ref={virtual.headerRef}>
          <GridHeaderRow table={table} columns={columns} summaries={summaries} activeCol={active.row === 0 ? active.col : null} />
        </thead>
        <tbody>
          <SpacerRow rows={start} colSpan={columns.length} />
          {table.rules.slice(start, end).map((rule, offset) => {
            const index = start + offset;
            return (
              <RuleRow
                key={rule.id}
                rule={rule}
                index={index}
                isLast={index === table.rules.length - 1}
                columns={columns}
                columnNames={columnNames}
                activeCol={active.row === index + 1 ? active.col : null}
                editingCol={edit && edit.at.row === index + 1 ? edit.at.col : null}
                warnings={warnings.byRule.get(rule.id)}
                mark={markOf(rule.id)}
                overrides={overridesText(rule.overrideIds, numbers)}
              />
            );
          })}
          <SpacerRow rows={table.rules.length - end} colSpan={columns.length} />
        </tbody>
      </table>
    </div>
  );
}
