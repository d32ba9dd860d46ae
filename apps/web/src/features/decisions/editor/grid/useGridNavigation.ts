// The grid's active cell (roving tabindex), the cell being edited and the spreadsheet keyboard:
// keys become actions (grid-keys.ts), structural actions become commands (grid-commands.ts), and
// focus follows the active cell after every move.
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { DecisionTable } from '../decision-model';
import { planStructureAction, type StructureAction } from './grid-commands';
import { keyPressOf, movePosition, navigationAction, type Movement, type NavigationAction } from './grid-keys';
import { cellRefOf, cellText, clampPosition, isEditableCell, type GridColumn, type GridPosition, type GridSize } from './grid-layout';
import type { TableEditing } from '../useTableHistory';

interface Options {
  table: DecisionTable;
  columns: readonly GridColumn[];
  editing: TableEditing;
  readOnly: boolean;
  gridRef: RefObject<HTMLElement | null>;
  /** Scrolls a rule into view (rendering it); false when it had to scroll. */
  revealRule: (ruleIndex: number) => boolean;
}

export interface CellEdit {
  at: GridPosition;
  /** The text before editing, restored by Esc. */
  original: string;
}

/** Everything the callbacks read, refreshed after every render so that they can stay stable. */
interface Latest extends Omit<Options, 'gridRef' | 'revealRule'> {
  size: GridSize;
  active: GridPosition;
  edit: CellEdit | null;
}

function cellElement(grid: HTMLElement | null, at: GridPosition): HTMLElement | null {
  return grid?.querySelector<HTMLElement>(`[data-cell][data-row="${at.row}"][data-col="${at.col}"]`) ?? null;
}

/** Opens the menu of a header or rule number cell (its trigger button). */
function clickTrigger(grid: HTMLElement | null, at: GridPosition): boolean {
  const trigger = cellElement(grid, at)?.querySelector<HTMLElement>('[data-cell-trigger]') ?? null;
  trigger?.click();
  return trigger !== null;
}

function positionOf(element: Element): GridPosition {
  return { row: Number(element.getAttribute('data-row')), col: Number(element.getAttribute('data-col')) };
}

interface FocusFollowsOptions {
  gridRef: RefObject<HTMLElement | null>;
  revealRule: (ruleIndex: number) => boolean;
  active: GridPosition;
  isEditing: boolean;
  /** Set by a move that should focus the active cell once rendered. */
  focusPending: RefObject<boolean>;
}

/**
 * After a keyboard move the active cell takes the focus and scrolls into view; a rule that is not
 * rendered yet is scrolled to first, and focused on the render that follows.
 */
function useFocusFollows({ gridRef, revealRule, active, isEditing, focusPending }: FocusFollowsOptions) {
  useLayoutEffect(() => {
    if (!focusPending.current || isEditing) return;
    if (active.row > 0 && !revealRule(active.row - 1)) return;
    focusPending.current = false;
    const element = cellElement(gridRef.current, active);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

function useCellEditing(latest: RefObject<Latest>, focusCell: (at: GridPosition) => void, setActive: (at: GridPosition) => void) {
  const [edit, setEdit] = useState<CellEdit | null>(null);

  const startEdit = useCallback((at: GridPosition, initial?: string) => {
    const { table, columns, readOnly, editing } = latest.current;
    const column = columns[at.col];
    const rule = table.rules[at.row - 1];
    const cell = column ? cellRefOf(column) : null;
    if (readOnly || !column || !rule || !cell || !isEditableCell(at, columns)) return false;
    if (initial !== undefined) editing.dispatch({ type: 'setCell', ruleId: rule.id, cell, text: initial });
    setActive(at);
    setEdit({ at, original: cellText(table, at.row - 1, column) });
    return true;
  }, [latest, setActive]);

  const finishEdit = useCallback((options: { movement: Movement | null; restore: boolean; refocus: boolean }) => {
    const { edit: open, editing, table, columns, size } = latest.current;
    if (!open) return;
    const rule = table.rules[open.at.row - 1];
    const column = columns[open.at.col];
    const cell = column ? cellRefOf(column) : null;
    if (options.restore && rule && cell) editing.dispatch({ type: 'setCell', ruleId: rule.id, cell, text: open.original });
    editing.closeStep();
    latest.current.edit = null;
    setEdit(null);
    if (options.refocus) focusCell((options.movement ? movePosition(open.at, options.movement, size) : null) ?? open.at);
  }, [latest, focusCell]);

  return { edit, startEdit, finishEdit };
}

export function useGridNavigation({ table, columns, editing, readOnly, gridRef, revealRule }: Options) {
  const size = { rows: table.rules.length + 1, cols: columns.length };
  const [activeState, setActive] = useState<GridPosition>({ row: 1, col: 1 });
  const active = clampPosition(activeState, size);
  const latest = useRef<Latest>({ table, columns, editing, readOnly, size, active, edit: null });
  const focusPending = useRef(false);
  const focusCell = useCallback((at: GridPosition) => {
    focusPending.current = true;
    setActive(at);
  }, []);
  const { edit, startEdit, finishEdit } = useCellEditing(latest, focusCell, setActive);
  useFocusFollows({ gridRef, revealRule, active, isEditing: edit !== null, focusPending });
  useLayoutEffect(() => {
    latest.current = { table, columns, editing, readOnly, size, active, edit };
  });

  const perform = useCallback((action: StructureAction, at: GridPosition) => {
    const { table: current, columns: layout, readOnly: locked, editing: history } = latest.current;
    const plan = locked ? null : planStructureAction({ table: current, columns: layout, at }, action);
    if (!plan || !history.dispatch(plan.command)) return;
    history.closeStep();
    focusCell(plan.next);
  }, [focusCell]);

  const handleAction = navigationHandler({ latest, gridRef, focusCell, startEdit, perform });
  return {
    active, edit, focusCell, startEdit, perform,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (!(event.target as HTMLElement).hasAttribute('data-cell')) return;
      const action = navigationAction(keyPressOf(event));
      if (!action || !handleAction(action)) return;
      event.preventDefault();
      event.stopPropagation();
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target === event.currentTarget) { focusCell(active); return; } // the active rule was scrolled away
      const cell = target.closest<HTMLElement>('[data-cell]');
      if (!cell) return;
      if (target.hasAttribute('data-cell-trigger')) cell.focus();
      const at = positionOf(cell);
      if (at.row !== active.row || at.col !== active.col) setActive(at);
    },
    commitEdit: (movement: Movement | null) => { finishEdit({ movement, restore: false, refocus: true }); },
    cancelEdit: () => { finishEdit({ movement: null, restore: true, refocus: true }); },
    leaveEdit: () => { finishEdit({ movement: null, restore: false, refocus: false }); },
  };
}

interface ActionContext {
  latest: RefObject<Latest>;
  gridRef: RefObject<HTMLElement | null>;
  focusCell: (at: GridPosition) => void;
  startEdit: (at: GridPosition, initial?: string) => boolean;
  perform: (action: StructureAction, at: GridPosition) => void;
}

function moveTo(context: ActionContext, movement: Movement): boolean {
  const { active, size } = context.latest.current;
  const next = movePosition(active, movement, size);
  if (next) context.focusCell(next);
  return next !== null;
}

/** Performs a navigation action; false when the key should keep its usual meaning. */
function navigationHandler(context: ActionContext): (action: NavigationAction) => boolean {
  const { latest, gridRef, startEdit, perform } = context;
  return (action) => {
    const { active, readOnly, editing } = latest.current;
    switch (action.type) {
      case 'move': return moveTo(context, action.movement);
      case 'edit': return startEdit(active) || clickTrigger(gridRef.current, active);
      case 'typeOver': return startEdit(active, action.text);
      case 'menu': return clickTrigger(gridRef.current, active.row > 0 ? { row: active.row, col: 0 } : active);
      case 'undo': case 'redo':
        if (!readOnly) editing[action.type]();
        context.focusCell(active); // the focused cell may be gone (undone insert)
        return true;
      default:
        perform(action, active);
        return true;
    }
  };
}
