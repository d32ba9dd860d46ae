/**
 * Input and output columns behave alike under structural edits: each owns one entry per rule at
 * the same position. A column access bundles what differs between the two kinds so that the column
 * commands are written once.
 */
import type { DecisionInput, DecisionOutput, DecisionRule, DecisionTable } from '@flowforge/contracts';
import type { ColumnKind } from './commands.ts';
import { ANY_ENTRY, blankInput, blankOutput, columnIds } from './blank.ts';
import { nextId, uniqueName } from './ids.ts';

export interface ColumnAccess<C extends { id: string }> {
  kind: ColumnKind;
  columns: (table: DecisionTable) => readonly C[];
  withColumns: (table: DecisionTable, columns: C[]) => DecisionTable;
  entries: (rule: DecisionRule) => readonly string[];
  withEntries: (rule: DecisionRule, entries: string[]) => DecisionRule;
  /** The entry a new column gives every rule. */
  emptyEntry: string;
  blank: (table: DecisionTable) => C;
  /** A copy of `column` with a new id (and, for outputs, a new name). */
  copy: (table: DecisionTable, column: C) => C;
}

export const INPUT_COLUMNS: ColumnAccess<DecisionInput> = {
  kind: 'input',
  columns: (table) => table.inputs,
  withColumns: (table, inputs) => ({ ...table, inputs }),
  entries: (rule) => rule.inputEntries,
  withEntries: (rule, inputEntries) => ({ ...rule, inputEntries }),
  emptyEntry: ANY_ENTRY,
  blank: blankInput,
  copy: (table, column) => ({ ...column, id: nextId('in', columnIds(table)) }),
};

export const OUTPUT_COLUMNS: ColumnAccess<DecisionOutput> = {
  kind: 'output',
  columns: (table) => table.outputs,
  withColumns: (table, outputs) => ({ ...table, outputs }),
  entries: (rule) => rule.outputEntries,
  withEntries: (rule, outputEntries) => ({ ...rule, outputEntries }),
  emptyEntry: '',
  blank: blankOutput,
  copy: (table, column) => ({
    ...column,
    id: nextId('out', columnIds(table)),
    name: uniqueName(column.name, table.outputs.map((output) => output.name)),
    allowedValues: [...column.allowedValues],
  }),
};
