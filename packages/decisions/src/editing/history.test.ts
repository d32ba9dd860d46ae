import { describe, expect, it } from 'vitest';
import type { TableCommand } from './commands.ts';
import { canRedo, canUndo, closeStep, createHistory, execute, redo, undo, type TableHistory } from './history.ts';
import { sampleTable } from './testing/sample-table.ts';

const type = (ruleId: string, text: string): TableCommand => ({ type: 'setCell', ruleId, cell: { kind: 'input', columnId: 'in1' }, text });
const typeAll = (history: TableHistory, ruleId: string, texts: string[]) => texts.reduce((h, text) => execute(h, type(ruleId, text)), history);

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory(sampleTable());

    expect([canUndo(history), canRedo(history)]).toEqual([false, false]);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it('undoes and redoes a step', () => {
    const start = createHistory(sampleTable());
    const done = execute(start, { type: 'deleteRule', ruleId: 'r1' });
    const undone = undo(done);
    const redone = redo(undone);

    expect(done.table.rules).toHaveLength(2);
    expect(undone.table).toEqual(sampleTable());
    expect([canUndo(undone), canRedo(undone)]).toEqual([false, true]);
    expect(redone.table).toEqual(done.table);
    expect([canUndo(redone), canRedo(redone)]).toEqual([true, false]);
  });

  it('drops the redo steps when a new step is executed', () => {
    const undone = undo(execute(createHistory(sampleTable()), { type: 'addRule', index: 0 }));
    const branched = execute(undone, { type: 'moveRule', ruleId: 'r1', toIndex: 1 });

    expect(canRedo(branched)).toBe(false);
  });

  it('merges typing into one cell into one step', () => {
    const typed = typeAll(createHistory(sampleTable()), 'r1', ['<', '< 2', '< 20', '< 200']);

    expect(typed.past).toHaveLength(1);
    expect(typed.table.rules[0]?.inputEntries[0]).toBe('< 200');
    expect(undo(typed).table).toEqual(sampleTable());
    expect(redo(undo(typed)).table.rules[0]?.inputEntries[0]).toBe('< 200');
  });

  it('does not merge typing into different cells', () => {
    const typed = typeAll(typeAll(createHistory(sampleTable()), 'r1', ['1', '12']), 'r2', ['3']);

    expect(typed.past).toHaveLength(2);
    expect(undo(typed).table.rules[0]?.inputEntries[0]).toBe('12');
  });

  it('starts a new step after closeStep, undo or redo', () => {
    const first = closeStep(typeAll(createHistory(sampleTable()), 'r1', ['1', '12']));
    const second = typeAll(first, 'r1', ['123']);

    expect(second.past).toHaveLength(2);
    expect(undo(second).table.rules[0]?.inputEntries[0]).toBe('12');
    const afterUndo = typeAll(undo(second), 'r1', ['9']);
    expect(afterUndo.past).toHaveLength(2);
  });

  it('forgets a step that ends where it started (typing and erasing, or cancelling)', () => {
    const typed = typeAll(createHistory(sampleTable()), 'r1', ['< 1000!', '< 1000']);

    expect(typed.past).toHaveLength(0);
    expect(typed.table).toEqual(sampleTable());
  });

  it('ignores commands that change nothing', () => {
    const history = createHistory(sampleTable());

    expect(execute(history, type('r1', '< 1000'))).toBe(history);
    expect(execute(history, { type: 'moveRule', ruleId: 'r2', toIndex: 1 })).toBe(history);
    expect(execute(history, { type: 'setHitPolicy', hitPolicy: 'collect', aggregation: 'sum' })).toBe(history);
  });

  it('merges edits of one column property but not of different properties', () => {
    const rename = (name: string): TableCommand => ({ type: 'setColumn', kind: 'output', columnId: 'out1', patch: { name } });
    const relabel: TableCommand = { type: 'setColumn', kind: 'output', columnId: 'out1', patch: { label: 'L' } };
    const history = execute([rename('l'), rename('le'), rename('lev')].reduce(execute, createHistory(sampleTable())), relabel);

    expect(history.past).toHaveLength(2);
    expect(undo(undo(history)).table).toEqual(sampleTable());
  });

  it('keeps at most `limit` steps', () => {
    const commands = Array.from({ length: 4 }, (): TableCommand => ({ type: 'addRule', index: 0 }));
    const history = commands.reduce(execute, createHistory(sampleTable(), { limit: 2 }));
    const undoneAll = undo(undo(undo(history)));

    expect(history.past).toHaveLength(2);
    expect(undoneAll.table.rules).toHaveLength(5);
    expect(canUndo(undoneAll)).toBe(false);
  });

  it('propagates a command that does not fit and keeps the history as it was', () => {
    const history = createHistory(sampleTable());

    expect(() => execute(history, { type: 'deleteRule', ruleId: 'gone' })).toThrow(/no rule/);
    expect(history.past).toHaveLength(0);
  });
});
