import { applyCommand, emptyDecisionTable } from '@flowforge/decisions';
import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '../decision-model';
import { planStructureAction, type StructureAction } from './grid-commands';
import { buildGridColumns, cellRefOf, cellText, clampPosition, isEditableCell, type GridPosition } from './grid-layout';

/** Two inputs, one output, three rules: grid columns rule | in1 in2 | out1 | annotation. */
function table(): DecisionTable {
  let next = emptyDecisionTable();
  next = applyCommand(next, { type: 'batch', commands: [
    { type: 'addColumn', kind: 'input', index: 1 },
    { type: 'addRule', index: 1 },
    { type: 'addRule', index: 2 },
    { type: 'setCell', ruleId: 'r2', cell: { kind: 'output', columnId: 'out1' }, text: '"b"' },
    { type: 'setCell', ruleId: 'r2', cell: { kind: 'annotation' }, text: 'note' },
  ] });
  return next;
}

function plan(at: GridPosition, action: StructureAction) {
  const t = table();
  return planStructureAction({ table: t, columns: buildGridColumns(t, { hasChecks: false }), at }, action);
}

describe('grid layout', () => {
  it('lays out rule number, inputs, outputs, annotation and optional checks', () => {
    const t = table();

    expect(buildGridColumns(t, { hasChecks: false }).map((column) => column.kind)).toEqual(['rule', 'input', 'input', 'output', 'annotation']);
    expect(buildGridColumns(t, { hasChecks: true }).at(-1)).toEqual({ kind: 'checks' });
  });

  it('maps grid cells to table cells and texts', () => {
    const t = table();
    const columns = buildGridColumns(t, { hasChecks: true });

    expect(columns.map(cellRefOf)).toEqual([null, { kind: 'input', columnId: 'in1' }, { kind: 'input', columnId: 'in2' }, { kind: 'output', columnId: 'out1' }, { kind: 'annotation' }, null]);
    expect(columns.map((column) => cellText(t, 1, column))).toEqual(['', '-', '-', '"b"', 'note', '']);
    expect(isEditableCell({ row: 2, col: 3 }, columns)).toBe(true);
    expect(isEditableCell({ row: 0, col: 3 }, columns)).toBe(false);
    expect(isEditableCell({ row: 2, col: 0 }, columns)).toBe(false);
  });

  it('clamps a position into the grid', () => {
    expect(clampPosition({ row: 9, col: -1 }, { rows: 3, cols: 4 })).toEqual({ row: 2, col: 0 });
  });
});

describe('planStructureAction', () => {
  it('inserts rules above and below and puts the active cell on the new rule', () => {
    expect(plan({ row: 2, col: 1 }, { type: 'insertRule', where: 'above' })).toEqual({ command: { type: 'addRule', index: 1 }, next: { row: 2, col: 1 } });
    expect(plan({ row: 2, col: 1 }, { type: 'insertRule', where: 'below' })).toEqual({ command: { type: 'addRule', index: 2 }, next: { row: 3, col: 1 } });
    expect(plan({ row: 0, col: 1 }, { type: 'insertRule', where: 'below' })).toEqual({ command: { type: 'addRule', index: 0 }, next: { row: 1, col: 1 } });
  });

  it('moves the active cell with a moved rule and refuses moves past the ends', () => {
    expect(plan({ row: 2, col: 3 }, { type: 'moveRule', delta: 1 })).toEqual({ command: { type: 'moveRule', ruleId: 'r2', toIndex: 2 }, next: { row: 3, col: 3 } });
    expect(plan({ row: 1, col: 3 }, { type: 'moveRule', delta: -1 })).toBeNull();
    expect(plan({ row: 3, col: 3 }, { type: 'moveRule', delta: 1 })).toBeNull();
  });

  it('duplicates and deletes the rule of the active row, not in the header', () => {
    expect(plan({ row: 1, col: 0 }, { type: 'duplicateRule' })).toEqual({ command: { type: 'duplicateRule', ruleId: 'r1' }, next: { row: 2, col: 0 } });
    expect(plan({ row: 3, col: 0 }, { type: 'deleteRule' })?.command).toEqual({ type: 'deleteRule', ruleId: 'r3' });
    expect(plan({ row: 0, col: 0 }, { type: 'deleteRule' })).toBeNull();
  });

  it('inserts, duplicates and moves columns of the active cell', () => {
    expect(plan({ row: 0, col: 2 }, { type: 'insertColumn', where: 'before' })).toEqual({ command: { type: 'addColumn', kind: 'input', index: 1 }, next: { row: 0, col: 2 } });
    expect(plan({ row: 1, col: 3 }, { type: 'insertColumn', where: 'after' })).toEqual({ command: { type: 'addColumn', kind: 'output', index: 1 }, next: { row: 1, col: 4 } });
    expect(plan({ row: 1, col: 1 }, { type: 'duplicateColumn' })).toEqual({ command: { type: 'duplicateColumn', kind: 'input', columnId: 'in1' }, next: { row: 1, col: 2 } });
    expect(plan({ row: 1, col: 1 }, { type: 'moveColumn', delta: 1 })).toEqual({ command: { type: 'moveColumn', kind: 'input', columnId: 'in1', toIndex: 1 }, next: { row: 1, col: 2 } });
    expect(plan({ row: 1, col: 2 }, { type: 'moveColumn', delta: 1 })).toBeNull();
  });

  it('deletes input columns but keeps the last output column', () => {
    expect(plan({ row: 0, col: 2 }, { type: 'deleteColumn' })?.command).toEqual({ type: 'deleteColumn', kind: 'input', columnId: 'in2' });
    expect(plan({ row: 0, col: 3 }, { type: 'deleteColumn' })).toBeNull();
    expect(plan({ row: 1, col: 4 }, { type: 'deleteColumn' })).toBeNull();
  });

  it('clears an input entry to "-" and other cells to nothing', () => {
    expect(plan({ row: 2, col: 1 }, { type: 'clear' })?.command).toEqual({ type: 'setCell', ruleId: 'r2', cell: { kind: 'input', columnId: 'in1' }, text: '-' });
    expect(plan({ row: 2, col: 3 }, { type: 'clear' })?.command).toEqual({ type: 'setCell', ruleId: 'r2', cell: { kind: 'output', columnId: 'out1' }, text: '' });
    expect(plan({ row: 2, col: 4 }, { type: 'clear' })?.command).toEqual({ type: 'setCell', ruleId: 'r2', cell: { kind: 'annotation' }, text: '' });
    expect(plan({ row: 2, col: 0 }, { type: 'clear' })).toBeNull();
    expect(plan({ row: 0, col: 1 }, { type: 'clear' })).toBeNull();
  });
});
