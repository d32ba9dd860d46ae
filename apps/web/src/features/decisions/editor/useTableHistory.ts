// The editor's undo history, kept in step with the controlled `value`: every command goes through
// the history and the new table is reported with onChange. When the parent passes a table the
// history did not produce (another version loaded, a reset), the history starts over from it, so
// the parent must hand back the very object it received in onChange.
import { canRedo, canUndo, closeStep, createHistory, execute, redo, TableEditError, undo } from '@flowforge/decisions';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DecisionTable, TableCommand, TableHistory } from './decision-model';

export interface TableEditing {
  table: DecisionTable;
  /** Applies a command as an undo step; false when it does not fit the table (nothing changes). */
  dispatch: (command: TableCommand) => boolean;
  /** Ends the open typing step (call when a cell editor closes). */
  closeStep: () => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

export function useTableHistory(value: DecisionTable, onChange: (next: DecisionTable) => void): TableEditing {
  const [history, setHistory] = useState<TableHistory>(() => createHistory(value));
  const current = history.table === value ? history : createHistory(value);
  if (current !== history) setHistory(current);

  const latest = useRef({ history: current, onChange });
  useLayoutEffect(() => {
    latest.current = { history: current, onChange };
  });

  const update = useCallback((next: TableHistory) => {
    const previous = latest.current.history;
    if (next === previous) return;
    latest.current.history = next;
    setHistory(next);
    if (next.table !== previous.table) latest.current.onChange(next.table);
  }, []);

  const dispatch = useCallback((command: TableCommand) => {
    try {
      update(execute(latest.current.history, command));
      return true;
    } catch (error) {
      if (error instanceof TableEditError) return false;
      throw error;
    }
  }, [update]);

  const actions = useMemo(() => ({
    dispatch,
    closeStep: () => { update(closeStep(latest.current.history)); },
    undo: () => { update(undo(latest.current.history)); },
    redo: () => { update(redo(latest.current.history)); },
  }), [dispatch, update]);

  return { table: current.table, ...actions, canUndo: canUndo(current), canRedo: canRedo(current) };
}
