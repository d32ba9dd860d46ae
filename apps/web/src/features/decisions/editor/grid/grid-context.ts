// What every cell of the decision grid needs from the grid without prop drilling through the
// memoised rows: the actions (all stable between renders) and settings shared by the whole grid.
import { createContext, use } from 'react';
import type { ColumnKind, TableCommand } from '../decision-model';
import type { StructureAction } from './grid-commands';
import type { Movement } from './grid-keys';
import type { GridPosition } from './grid-layout';

export type EditorDialog =
  | { kind: 'column'; columnKind: ColumnKind; columnId: string }
  | { kind: 'rule'; ruleId: string };

export interface GridActions {
  /** Prefix of element ids inside this grid (problem messages). */
  gridId: string;
  readOnly: boolean;
  /** FEEL names in scope for syntax checks. */
  names: readonly string[];
  /** A keystroke's change of the edited cell: merged into one undo step while typing. */
  type: (command: TableCommand) => void;
  /** A rule or column action at a cell, as its own undo step; moves the active cell. */
  perform: (action: StructureAction, at: GridPosition) => void;
  /** A command from a header control (hit policy), as its own undo step. */
  run: (command: TableCommand) => void;
  startEdit: (at: GridPosition) => void;
  commitEdit: (movement: Movement | null) => void;
  cancelEdit: () => void;
  /** Ends editing when focus leaves the cell editor. */
  leaveEdit: () => void;
  openDialog: (dialog: EditorDialog) => void;
}

export const GridContext = createContext<GridActions | null>(null);

export function useGridActions(): GridActions {
  const actions = use(GridContext);
  if (!actions) throw new Error('Grid cells need the <GridContext> of a DecisionGrid above them');
  return actions;
}

/** The id of the element holding a cell's problem message (for aria-describedby). */
export function problemId(gridId: string, at: GridPosition): string {
  return `${gridId}-problem-${at.row}-${at.col}`;
}
