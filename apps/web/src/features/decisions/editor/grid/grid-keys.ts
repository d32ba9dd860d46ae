// Spreadsheet keyboard of the decision grid, as data: which action a key press means while moving
// around (navigation) and while a cell is being edited, and where each movement lands. Rendering
// code only translates a KeyboardEvent into a KeyPress and performs the returned action.
import type { GridPosition, GridSize } from './grid-layout';

export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod: boolean;
  alt: boolean;
}

/** The parts of a keyboard event the grid looks at. */
export function keyPressOf(event: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): KeyPress {
  return { key: event.key, shift: event.shiftKey, mod: event.ctrlKey || event.metaKey, alt: event.altKey };
}

export type Movement =
  | 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'top' | 'bottom'
  | 'gridStart' | 'gridEnd' | 'pageUp' | 'pageDown' | 'next' | 'previous';

export type NavigationAction =
  | { type: 'move'; movement: Movement }
  | { type: 'edit' }
  | { type: 'typeOver'; text: string }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'menu' }
  | { type: 'moveRule'; delta: -1 | 1 }
  | { type: 'moveColumn'; delta: -1 | 1 }
  | { type: 'insertRule'; where: 'above' | 'below' }
  | { type: 'duplicateRule' }
  | { type: 'deleteRule' };

export type EditingAction =
  | { type: 'commit'; movement: Movement | null }
  | { type: 'cancel' };

export const PAGE_ROWS = 10;

/** `Mod+Shift+Z`, `Alt+ArrowUp`, `Enter`: modifiers in a fixed order, letters upper-case. */
export function keySignature(press: KeyPress): string {
  const key = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  return [press.mod && 'Mod', press.alt && 'Alt', press.shift && 'Shift', key].filter(Boolean).join('+');
}

const move = (movement: Movement): NavigationAction => ({ type: 'move', movement });

const NAVIGATION_KEYS: Readonly<Record<string, NavigationAction>> = {
  ArrowUp: move('up'), ArrowDown: move('down'), ArrowLeft: move('left'), ArrowRight: move('right'),
  'Mod+ArrowUp': move('top'), 'Mod+ArrowDown': move('bottom'), 'Mod+ArrowLeft': move('rowStart'), 'Mod+ArrowRight': move('rowEnd'),
  Home: move('rowStart'), End: move('rowEnd'), 'Mod+Home': move('gridStart'), 'Mod+End': move('gridEnd'),
  PageUp: move('pageUp'), PageDown: move('pageDown'), Tab: move('next'), 'Shift+Tab': move('previous'),
  Enter: { type: 'edit' }, F2: { type: 'edit' },
  Delete: { type: 'clear' }, Backspace: { type: 'clear' },
  'Mod+Z': { type: 'undo' }, 'Mod+Shift+Z': { type: 'redo' }, 'Mod+Y': { type: 'redo' },
  'Shift+F10': { type: 'menu' }, ContextMenu: { type: 'menu' },
  'Alt+ArrowUp': { type: 'moveRule', delta: -1 }, 'Alt+ArrowDown': { type: 'moveRule', delta: 1 },
  'Alt+ArrowLeft': { type: 'moveColumn', delta: -1 }, 'Alt+ArrowRight': { type: 'moveColumn', delta: 1 },
  'Mod+Enter': { type: 'insertRule', where: 'below' }, 'Mod+Shift+Enter': { type: 'insertRule', where: 'above' },
  'Mod+D': { type: 'duplicateRule' }, 'Mod+Delete': { type: 'deleteRule' }, 'Mod+Backspace': { type: 'deleteRule' },
};

const EDITING_KEYS: Readonly<Record<string, EditingAction>> = {
  Enter: { type: 'commit', movement: 'down' },
  'Shift+Enter': { type: 'commit', movement: 'up' },
  Tab: { type: 'commit', movement: 'next' },
  'Shift+Tab': { type: 'commit', movement: 'previous' },
  Escape: { type: 'cancel' },
};

/** The action of a key while no cell is being edited; a printable character starts editing. */
export function navigationAction(press: KeyPress): NavigationAction | null {
  const action = NAVIGATION_KEYS[keySignature(press)];
  if (action) return action;
  if (press.key.length === 1 && !press.mod && !press.alt) return { type: 'typeOver', text: press.key };
  return null;
}

/** The action of a key inside a cell editor; other keys edit the text. */
export function editingAction(press: KeyPress): EditingAction | null {
  return EDITING_KEYS[keySignature(press)] ?? null;
}

function tabForward({ row, col }: GridPosition, size: GridSize): GridPosition | null {
  if (col + 1 < size.cols) return { row, col: col + 1 };
  if (row + 1 < size.rows) return { row: row + 1, col: Math.min(1, size.cols - 1) };
  return null;
}

function tabBackward({ row, col }: GridPosition, size: GridSize): GridPosition | null {
  if (col > 0) return { row, col: col - 1 };
  if (row > 0) return { row: row - 1, col: size.cols - 1 };
  return null;
}

const clampRow = (row: number, size: GridSize) => Math.min(Math.max(row, 0), size.rows - 1);
const clampCol = (col: number, size: GridSize) => Math.min(Math.max(col, 0), size.cols - 1);

type Step = (position: GridPosition, size: GridSize) => GridPosition | null;

const STEPS: Readonly<Record<Movement, Step>> = {
  up: ({ row, col }, size) => ({ row: clampRow(row - 1, size), col }),
  down: ({ row, col }, size) => ({ row: clampRow(row + 1, size), col }),
  left: ({ row, col }, size) => ({ row, col: clampCol(col - 1, size) }),
  right: ({ row, col }, size) => ({ row, col: clampCol(col + 1, size) }),
  rowStart: ({ row }) => ({ row, col: 0 }),
  rowEnd: ({ row }, size) => ({ row, col: size.cols - 1 }),
  top: ({ col }) => ({ row: 0, col }),
  bottom: ({ col }, size) => ({ row: size.rows - 1, col }),
  gridStart: () => ({ row: 0, col: 0 }),
  gridEnd: (_, size) => ({ row: size.rows - 1, col: size.cols - 1 }),
  pageUp: ({ row, col }, size) => ({ row: clampRow(row - PAGE_ROWS, size), col }),
  pageDown: ({ row, col }, size) => ({ row: clampRow(row + PAGE_ROWS, size), col }),
  next: tabForward,
  previous: tabBackward,
};

/**
 * Where a movement lands; arrows stop at the edges. Tab and Shift+Tab wrap to the next or previous
 * row and return null past the last or first cell, so that focus leaves the grid as usual.
 */
export function movePosition(position: GridPosition, movement: Movement, size: GridSize): GridPosition | null {
  if (size.rows === 0 || size.cols === 0) return null;
  return STEPS[movement](position, size);
}
