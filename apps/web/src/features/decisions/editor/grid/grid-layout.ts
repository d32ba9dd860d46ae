// The grid's coordinate system: row 0 holds the column headers (with the hit policy on the left),
// rows 1…n the rules; column 0 the rule numbers, then the inputs, the outputs, the annotation and,
// when verification reported something on a rule, the checks. Cells map back to the table here.
import type { CellRef, DecisionRule, DecisionTable } from '../decision-model';

export type GridColumn =
  | { kind: 'rule' }
  | { kind: 'input'; index: number; id: string }
  | { kind: 'output'; index: number; id: string }
  | { kind: 'annotation' }
  | { kind: 'checks' };

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export function buildGridColumns(table: Pick<DecisionTable, 'inputs' | 'outputs'>, options: { hasChecks: boolean }): GridColumn[] {
  return [
    { kind: 'rule' },
    ...table.inputs.map((input, index): GridColumn => ({ kind: 'input', index, id: input.id })),
    ...table.outputs.map((output, index): GridColumn => ({ kind: 'output', index, id: output.id })),
    { kind: 'annotation' },
    ...(options.hasChecks ? [{ kind: 'checks' } as const] : []),
  ];
}

/** The table cell a grid column edits in a rule row; null for the rule number and checks. */
export function cellRefOf(column: GridColumn): CellRef | null {
  switch (column.kind) {
    case 'input':
    case 'output':
      return { kind: column.kind, columnId: column.id };
    case 'annotation':
      return { kind: 'annotation' };
    default:
      return null;
  }
}

/** The text of a rule's cell in a grid column ('' where the column holds no text). */
export function ruleCellText(rule: DecisionRule, column: GridColumn): string {
  if (column.kind === 'input') return rule.inputEntries[column.index] ?? '';
  if (column.kind === 'output') return rule.outputEntries[column.index] ?? '';
  return column.kind === 'annotation' ? rule.annotation : '';
}

/** The text of the cell of rule `ruleIndex` in a grid column. */
export function cellText(table: DecisionTable, ruleIndex: number, column: GridColumn): string {
  const rule = table.rules[ruleIndex];
  return rule ? ruleCellText(rule, column) : '';
}

/** Whether a cell is edited in place (an entry or an annotation in a rule row). */
export function isEditableCell(position: GridPosition, columns: readonly GridColumn[]): boolean {
  const column = columns[position.col];
  return position.row > 0 && column !== undefined && cellRefOf(column) !== null;
}

/** Keeps a position inside the grid after rows or columns went away. */
export function clampPosition(position: GridPosition, size: GridSize): GridPosition {
  return {
    row: Math.min(Math.max(position.row, 0), Math.max(size.rows - 1, 0)),
    col: Math.min(Math.max(position.col, 0), Math.max(size.cols - 1, 0)),
  };
}

/** Column widths in rem: fixed, so that editing one cell never re-lays out the whole table. */
export const COLUMN_WIDTHS_REM: Readonly<Record<GridColumn['kind'], number>> = {
  rule: 10, input: 11, output: 11, annotation: 14, checks: 20,
};

export function columnWidthRem(column: GridColumn): number {
  return COLUMN_WIDTHS_REM[column.kind];
}
