// What a rule or column action does at the active cell: the table command to run and where the
// active cell goes afterwards (with the moved rule, onto the new row or column…). Keyboard
// shortcuts and the row and column menus both go through here; null means "not possible here".
import { ANY_ENTRY } from '@flowforge/decisions';
import type { DecisionTable, TableCommand } from '../decision-model';
import type { GridColumn, GridPosition } from './grid-layout';

export type StructureAction =
  | { type: 'insertRule'; where: 'above' | 'below' }
  | { type: 'duplicateRule' }
  | { type: 'deleteRule' }
  | { type: 'moveRule'; delta: -1 | 1 }
  | { type: 'insertColumn'; where: 'before' | 'after' }
  | { type: 'duplicateColumn' }
  | { type: 'deleteColumn' }
  | { type: 'moveColumn'; delta: -1 | 1 }
  | { type: 'clear' };

export interface PlannedAction {
  command: TableCommand;
  next: GridPosition;
}

interface Target {
  table: DecisionTable;
  columns: readonly GridColumn[];
  at: GridPosition;
}

function ruleAt({ table, at }: Target) {
  return at.row > 0 ? table.rules[at.row - 1] ?? null : null;
}

type DataColumn = Extract<GridColumn, { kind: 'input' | 'output' }>;

function dataColumnAt({ columns, at }: Target): DataColumn | null {
  const column = columns[at.col];
  return column?.kind === 'input' || column?.kind === 'output' ? column : null;
}

function planRule(target: Target, action: Extract<StructureAction, { type: 'insertRule' | 'duplicateRule' | 'deleteRule' | 'moveRule' }>): PlannedAction | null {
  const { at, table } = target;
  const rule = ruleAt(target);
  if (action.type === 'insertRule') {
    const index = rule ? at.row - 1 + (action.where === 'below' ? 1 : 0) : 0;
    return { command: { type: 'addRule', index }, next: { row: index + 1, col: at.col } };
  }
  if (!rule) return null;
  if (action.type === 'duplicateRule') return { command: { type: 'duplicateRule', ruleId: rule.id }, next: { row: at.row + 1, col: at.col } };
  if (action.type === 'deleteRule') return { command: { type: 'deleteRule', ruleId: rule.id }, next: at };
  const toIndex = at.row - 1 + action.delta;
  if (toIndex < 0 || toIndex >= table.rules.length) return null;
  return { command: { type: 'moveRule', ruleId: rule.id, toIndex }, next: { row: at.row + action.delta, col: at.col } };
}

function planColumnMove(target: Target, column: DataColumn, delta: -1 | 1): PlannedAction | null {
  const count = column.kind === 'input' ? target.table.inputs.length : target.table.outputs.length;
  const toIndex = column.index + delta;
  if (toIndex < 0 || toIndex >= count) return null;
  return { command: { type: 'moveColumn', kind: column.kind, columnId: column.id, toIndex }, next: { row: target.at.row, col: target.at.col + delta } };
}

function planColumn(target: Target, action: Extract<StructureAction, { type: 'insertColumn' | 'duplicateColumn' | 'deleteColumn' | 'moveColumn' }>): PlannedAction | null {
  const { at, table } = target;
  const column = dataColumnAt(target);
  if (!column) return null;
  const { kind, index, id } = column;
  switch (action.type) {
    case 'insertColumn': {
      const after = action.where === 'after' ? 1 : 0;
      return { command: { type: 'addColumn', kind, index: index + after }, next: { row: at.row, col: at.col + after } };
    }
    case 'duplicateColumn': return { command: { type: 'duplicateColumn', kind, columnId: id }, next: { row: at.row, col: at.col + 1 } };
    case 'deleteColumn': return kind === 'output' && table.outputs.length === 1 ? null : { command: { type: 'deleteColumn', kind, columnId: id }, next: at };
    default: return planColumnMove(target, column, action.delta);
  }
}

function planClear(target: Target): PlannedAction | null {
  const rule = ruleAt(target);
  const column = target.columns[target.at.col];
  if (!rule || !column) return null;
  if (column.kind === 'annotation') return { command: { type: 'setCell', ruleId: rule.id, cell: { kind: 'annotation' }, text: '' }, next: target.at };
  if (column.kind !== 'input' && column.kind !== 'output') return null;
  const text = column.kind === 'input' ? ANY_ENTRY : '';
  return { command: { type: 'setCell', ruleId: rule.id, cell: { kind: column.kind, columnId: column.id }, text }, next: target.at };
}

/** The command for `action` at `target.at` and the active cell after it, or null. */
export function planStructureAction(target: Target, action: StructureAction): PlannedAction | null {
  switch (action.type) {
    case 'insertRule': case 'duplicateRule': case 'deleteRule': case 'moveRule':
      return planRule(target, action);
    case 'clear':
      return planClear(target);
    default:
      return planColumn(target, action);
  }
}
