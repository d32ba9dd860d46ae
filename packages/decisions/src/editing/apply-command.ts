/**
 * The single entry point of table editing: `applyCommand(table, command)` returns the edited table
 * (never changing its argument); `applyWithInverse` also returns the command that reverts the edit,
 * which the undo history stores.
 */
import type { DecisionTable } from '@flowforge/contracts';
import type { AppliedCommand, BatchCommand, TableCommand } from './commands.ts';
import { addColumn, deleteColumn, duplicateColumn, moveColumn } from './column-commands.ts';
import { setCell, setColumn, setHitPolicy } from './property-commands.ts';
import { addRule, deleteRule, duplicateRule, moveRule, setRuleExtras } from './rule-commands.ts';

type CommandType = TableCommand['type'];
type Handler<K extends CommandType> = (table: DecisionTable, command: Extract<TableCommand, { type: K }>) => AppliedCommand;

function applyBatch(table: DecisionTable, command: BatchCommand): AppliedCommand {
  let current = table;
  const inverses: TableCommand[] = [];
  for (const step of command.commands) {
    const applied = applyWithInverse(current, step);
    current = applied.table;
    inverses.unshift(applied.inverse);
  }
  return { table: current, inverse: { type: 'batch', commands: inverses } };
}

/** One handler per command type; the mapped type makes a missing one a compile error. */
const HANDLERS: { [K in CommandType]: Handler<K> } = {
  addRule, deleteRule, moveRule, duplicateRule, setRuleExtras,
  addColumn, deleteColumn, moveColumn, duplicateColumn, setColumn,
  setCell, setHitPolicy, batch: applyBatch,
};

/** Applies a command and returns the new table with the command that undoes it. */
export function applyWithInverse(table: DecisionTable, command: TableCommand): AppliedCommand {
  const handler = HANDLERS[command.type] as Handler<CommandType>;
  return handler(table, command);
}

/** The table after `command`; throws `TableEditError` when the command does not fit the table. */
export function applyCommand(table: DecisionTable, command: TableCommand): DecisionTable {
  return applyWithInverse(table, command).table;
}
