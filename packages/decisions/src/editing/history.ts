/**
 * Undo and redo for the table editor: a history holds the current table, the steps that led to it
 * (each a command with its inverse) and the steps undone since. Typing into one cell is one step:
 * consecutive commands that set the same value (same cell, same column property, same rule extra)
 * merge into the open step until `closeStep` (the editor calls it when the cell editor closes), and
 * a step that ends where it started disappears.
 */
import type { DecisionTable } from '@flowforge/contracts';
import type { TableCommand } from './commands.ts';
import { applyWithInverse } from './apply-command.ts';

export interface HistoryEntry {
  readonly command: TableCommand;
  readonly inverse: TableCommand;
  /** Set for value edits that merge with the next edit of the same value. */
  readonly mergeKey: string | null;
}

export interface TableHistory {
  readonly table: DecisionTable;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Whether the last step still merges with a following edit of the same value. */
  readonly isOpen: boolean;
  /** How many steps undo keeps; older ones are dropped. */
  readonly limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 200;

export function createHistory(table: DecisionTable, options: { limit?: number } = {}): TableHistory {
  return { table, past: [], future: [], isOpen: false, limit: Math.max(1, options.limit ?? DEFAULT_HISTORY_LIMIT) };
}

function patchKey(patch: object): string {
  return Object.keys(patch).sort().join(',');
}

/** Which value a command sets, for merging; null for structural commands. */
export function mergeKeyOf(command: TableCommand): string | null {
  switch (command.type) {
    case 'setCell': {
      const column = command.cell.kind === 'annotation' ? '' : command.cell.columnId;
      return `cell/${command.ruleId}/${command.cell.kind}/${column}`;
    }
    case 'setColumn': return `column/${command.kind}/${command.columnId}/${patchKey(command.patch)}`;
    case 'setRuleExtras': return `rule/${command.ruleId}/${patchKey(command.patch)}`;
    default: return null;
  }
}

/** A command whose inverse is itself changed nothing (same text, same position, same values). */
function isNoOp(entry: { command: TableCommand; inverse: TableCommand }): boolean {
  return JSON.stringify(entry.command) === JSON.stringify(entry.inverse);
}

function record(history: TableHistory, past: readonly HistoryEntry[], table: DecisionTable): TableHistory {
  const trimmed = past.length > history.limit ? past.slice(past.length - history.limit) : past;
  return { ...history, table, past: trimmed, future: [], isOpen: true };
}

/** Applies `command` as a new step (or merged into the open one); clears the redo steps. */
export function execute(history: TableHistory, command: TableCommand): TableHistory {
  const { table, inverse } = applyWithInverse(history.table, command);
  const mergeKey = mergeKeyOf(command);
  const last = history.past.at(-1);
  if (history.isOpen && mergeKey !== null && last?.mergeKey === mergeKey) {
    const merged: HistoryEntry = { command, inverse: last.inverse, mergeKey };
    const earlier = history.past.slice(0, -1);
    return record(history, isNoOp(merged) ? earlier : [...earlier, merged], table);
  }
  const entry: HistoryEntry = { command, inverse, mergeKey };
  if (isNoOp(entry)) return history;
  return record(history, [...history.past, entry], table);
}

/** Ends merging: the next edit, even of the same value, is a step of its own. */
export function closeStep(history: TableHistory): TableHistory {
  return history.isOpen ? { ...history, isOpen: false } : history;
}

export function canUndo(history: TableHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: TableHistory): boolean {
  return history.future.length > 0;
}

export function undo(history: TableHistory): TableHistory {
  const entry = history.past.at(-1);
  if (!entry) return history;
  const { table } = applyWithInverse(history.table, entry.inverse);
  return { ...history, table, past: history.past.slice(0, -1), future: [...history.future, entry], isOpen: false };
}

export function redo(history: TableHistory): TableHistory {
  const entry = history.future.at(-1);
  if (!entry) return history;
  const { table } = applyWithInverse(history.table, entry.command);
  return { ...history, table, past: [...history.past, entry], future: history.future.slice(0, -1), isOpen: false };
}
