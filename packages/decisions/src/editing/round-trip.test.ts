import { describe, expect, it } from 'vitest';
import { DecisionTableSchema, type DecisionTable } from '@flowforge/contracts';
import { applyWithInverse } from './apply-command.ts';
import type { TableCommand } from './commands.ts';
import { canUndo, createHistory, execute, redo, undo, type TableHistory } from './history.ts';
import { randomCommand, seededRandom } from './testing/random-commands.ts';
import { sampleTable } from './testing/sample-table.ts';

/** One command of every type, each fitting the sample table. */
const EVERY_COMMAND: TableCommand[] = [
  { type: 'addRule', index: 3 },
  { type: 'deleteRule', ruleId: 'r3' },
  { type: 'moveRule', ruleId: 'r1', toIndex: 2 },
  { type: 'duplicateRule', ruleId: 'r2' },
  { type: 'setRuleExtras', ruleId: 'r1', patch: { priority: 1, validFrom: '2026-01-01', validTo: '2026-06-30', overrideIds: ['r3'] } },
  { type: 'addColumn', kind: 'input', index: 0 },
  { type: 'addColumn', kind: 'output', index: 1 },
  { type: 'deleteColumn', kind: 'input', columnId: 'in2' },
  { type: 'deleteColumn', kind: 'output', columnId: 'out1' },
  { type: 'moveColumn', kind: 'input', columnId: 'in1', toIndex: 1 },
  { type: 'moveColumn', kind: 'output', columnId: 'out2', toIndex: 0 },
  { type: 'duplicateColumn', kind: 'input', columnId: 'in1' },
  { type: 'duplicateColumn', kind: 'output', columnId: 'out2' },
  { type: 'setColumn', kind: 'input', columnId: 'in1', patch: { label: 'Sum', expression: 'sum', type: 'any', allowedValues: '>= 0' } },
  { type: 'setColumn', kind: 'output', columnId: 'out1', patch: { name: 'lvl', label: 'Lvl', type: 'any', allowedValues: [], defaultValue: '"low"' } },
  { type: 'setCell', ruleId: 'r1', cell: { kind: 'input', columnId: 'in2' }, text: '"US"' },
  { type: 'setCell', ruleId: 'r3', cell: { kind: 'output', columnId: 'out2' }, text: '4' },
  { type: 'setCell', ruleId: 'r2', cell: { kind: 'annotation' }, text: 'changed' },
  { type: 'setHitPolicy', hitPolicy: 'first' },
  { type: 'setHitPolicy', hitPolicy: 'collect', aggregation: 'count' },
  { type: 'batch', commands: [{ type: 'deleteRule', ruleId: 'r1' }, { type: 'addColumn', kind: 'input', index: 2 }, { type: 'addRule', index: 0 }] },
];

/** Every rule has one entry per column: what the schema cannot check. */
function expectAligned(table: DecisionTable) {
  for (const rule of table.rules) {
    expect(rule.inputEntries).toHaveLength(table.inputs.length);
    expect(rule.outputEntries).toHaveLength(table.outputs.length);
  }
}

describe('execute then undo gives the original table', () => {
  it.each(EVERY_COMMAND.map((command) => [command.type, command] as const))('%s', (_, command) => {
    const done = execute(createHistory(sampleTable()), command);

    expect(done.table).not.toEqual(sampleTable());
    expect(undo(done).table).toEqual(sampleTable());
    expect(redo(undo(done)).table).toEqual(done.table);
    expectAligned(done.table);
    expect(DecisionTableSchema.safeParse(done.table).success).toBe(true);
  });

  it('holds for long random sequences of commands', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const random = seededRandom(seed);
      const tables: DecisionTable[] = [sampleTable()];
      let history: TableHistory = createHistory(sampleTable(), { limit: 1000 });
      for (let step = 0; step < 150; step += 1) {
        const command = randomCommand(random, history.table);
        const { inverse, table } = applyWithInverse(history.table, command);
        expect(applyWithInverse(table, inverse).table, `seed ${seed} step ${step}: ${JSON.stringify(command)}`).toEqual(history.table);
        history = execute(history, command);
        if (history.table !== tables.at(-1)) tables.push(history.table);
        expectAligned(history.table);
      }
      const finalTable = history.table;
      while (canUndo(history)) history = undo(history);
      expect(history.table, `seed ${seed}`).toEqual(sampleTable());
      while (history.future.length > 0) history = redo(history);
      expect(history.table, `seed ${seed}`).toEqual(finalTable);
      expect(tables.length, `seed ${seed} made progress`).toBeGreaterThan(50);
    }
  });
});
