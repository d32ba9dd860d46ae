/**
 * Column commands: add, delete, move and duplicate input or output columns. Every rule's entries
 * change with the columns so that entry i always belongs to column i.
 */
import type { DecisionTable } from '@flowforge/contracts';
import {
  TableEditError, type AddColumnCommand, type AppliedCommand, type DeleteColumnCommand, type DuplicateColumnCommand,
  type MoveColumnCommand, type TableCommand,
} from './commands.ts';
import { INPUT_COLUMNS, OUTPUT_COLUMNS, type ColumnAccess } from './column-access.ts';
import { columnIds } from './blank.ts';
import { insertAt, moveItem, removeAt } from './list.ts';
import { checkColumnLimit, checkFreeId, checkIndex, checkLength, columnIndexOf } from './lookup.ts';

interface ColumnInsert<C> {
  index: number;
  column?: C | undefined;
  entries?: readonly string[] | undefined;
}

function insertColumn<C extends { id: string }>(access: ColumnAccess<C>, table: DecisionTable, insert: ColumnInsert<C>): AppliedCommand {
  const columns = access.columns(table);
  checkIndex(insert.index, columns.length, `${access.kind} columns`);
  checkColumnLimit(columns.length);
  const column = insert.column ?? access.blank(table);
  checkFreeId(columnIds(table), column.id);
  const entries = insert.entries ?? table.rules.map(() => access.emptyEntry);
  checkLength(entries.length, table.rules.length, 'entries (one per rule)');
  const rules = table.rules.map((rule, r) => access.withEntries(rule, insertAt(access.entries(rule), insert.index, entries[r] ?? access.emptyEntry)));
  return {
    table: { ...access.withColumns(table, insertAt(columns, insert.index, column)), rules },
    inverse: { type: 'deleteColumn', kind: access.kind, columnId: column.id },
  };
}

export function addColumn(table: DecisionTable, command: AddColumnCommand): AppliedCommand {
  if (command.kind === 'input') return insertColumn(INPUT_COLUMNS, table, command);
  return insertColumn(OUTPUT_COLUMNS, table, command);
}

function removeColumn<C extends { id: string }>(access: ColumnAccess<C>, table: DecisionTable, columnId: string): AppliedCommand {
  const index = columnIndexOf(table, access.kind, columnId);
  const columns = access.columns(table);
  if (access.kind === 'output' && columns.length === 1) {
    throw new TableEditError('last-output', 'A decision table needs at least one output column.');
  }
  const entries = table.rules.map((rule) => access.entries(rule)[index] ?? access.emptyEntry);
  const rules = table.rules.map((rule) => access.withEntries(rule, removeAt(access.entries(rule), index)));
  const inverse = { type: 'addColumn', kind: access.kind, index, column: columns[index], entries } as TableCommand;
  return { table: { ...access.withColumns(table, removeAt(columns, index)), rules }, inverse };
}

export function deleteColumn(table: DecisionTable, command: DeleteColumnCommand): AppliedCommand {
  if (command.kind === 'input') return removeColumn(INPUT_COLUMNS, table, command.columnId);
  return removeColumn(OUTPUT_COLUMNS, table, command.columnId);
}

function relocateColumn<C extends { id: string }>(access: ColumnAccess<C>, table: DecisionTable, command: MoveColumnCommand): AppliedCommand {
  const from = columnIndexOf(table, access.kind, command.columnId);
  const columns = access.columns(table);
  checkIndex(command.toIndex, columns.length - 1, `${access.kind} columns`);
  const rules = table.rules.map((rule) => access.withEntries(rule, moveItem(access.entries(rule), from, command.toIndex)));
  return {
    table: { ...access.withColumns(table, moveItem(columns, from, command.toIndex)), rules },
    inverse: { type: 'moveColumn', kind: access.kind, columnId: command.columnId, toIndex: from },
  };
}

export function moveColumn(table: DecisionTable, command: MoveColumnCommand): AppliedCommand {
  if (command.kind === 'input') return relocateColumn(INPUT_COLUMNS, table, command);
  return relocateColumn(OUTPUT_COLUMNS, table, command);
}

function copyColumn<C extends { id: string }>(access: ColumnAccess<C>, table: DecisionTable, columnId: string): AppliedCommand {
  const index = columnIndexOf(table, access.kind, columnId);
  const original = access.columns(table)[index] as C;
  const entries = table.rules.map((rule) => access.entries(rule)[index] ?? access.emptyEntry);
  return insertColumn(access, table, { index: index + 1, column: access.copy(table, original), entries });
}

export function duplicateColumn(table: DecisionTable, command: DuplicateColumnCommand): AppliedCommand {
  if (command.kind === 'input') return copyColumn(INPUT_COLUMNS, table, command.columnId);
  return copyColumn(OUTPUT_COLUMNS, table, command.columnId);
}
