/**
 * Commands that change values in place: a cell (input entry, output entry, annotation), a column's
 * properties, the hit policy and its aggregation. The inverse sets back exactly what was replaced.
 */
import type { DecisionRule, DecisionTable } from '@flowforge/contracts';
import type { AppliedCommand, CellRef, SetCellCommand, SetColumnCommand, SetHitPolicyCommand } from './commands.ts';
import { replaceAt } from './list.ts';
import { columnIndexOf, ruleIndexOf } from './lookup.ts';

function readCell(rule: DecisionRule, cell: CellRef, column: number): string {
  if (cell.kind === 'annotation') return rule.annotation;
  const entries = cell.kind === 'input' ? rule.inputEntries : rule.outputEntries;
  return entries[column] ?? '';
}

function writeCell(rule: DecisionRule, cell: CellRef, write: { column: number; text: string }): DecisionRule {
  if (cell.kind === 'annotation') return { ...rule, annotation: write.text };
  if (cell.kind === 'input') return { ...rule, inputEntries: replaceAt(rule.inputEntries, write.column, write.text) };
  return { ...rule, outputEntries: replaceAt(rule.outputEntries, write.column, write.text) };
}

export function setCell(table: DecisionTable, command: SetCellCommand): AppliedCommand {
  const index = ruleIndexOf(table, command.ruleId);
  const column = command.cell.kind === 'annotation' ? -1 : columnIndexOf(table, command.cell.kind, command.cell.columnId);
  const rule = table.rules[index] as DecisionRule;
  return {
    table: { ...table, rules: replaceAt(table.rules, index, writeCell(rule, command.cell, { column, text: command.text })) },
    inverse: { ...command, text: readCell(rule, command.cell, column) },
  };
}

/** The current values of the keys a patch sets, in the patch's key order. */
export function previousValues<T extends object>(current: T, patch: Partial<T>): Partial<T> {
  const previous: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) previous[key] = current[key];
  return previous;
}

export function setColumn(table: DecisionTable, command: SetColumnCommand): AppliedCommand {
  const index = columnIndexOf(table, command.kind, command.columnId);
  if (command.kind === 'input') {
    const input = table.inputs[index] as DecisionTable['inputs'][number];
    return {
      table: { ...table, inputs: replaceAt(table.inputs, index, { ...input, ...command.patch }) },
      inverse: { ...command, patch: previousValues(input, command.patch) },
    };
  }
  const output = table.outputs[index] as DecisionTable['outputs'][number];
  return {
    table: { ...table, outputs: replaceAt(table.outputs, index, { ...output, ...command.patch }) },
    inverse: { ...command, patch: previousValues(output, command.patch) },
  };
}

/** DMN 1.3 §8.2.11: only COLLECT aggregates (sum, min, max, count). */
export function setHitPolicy(table: DecisionTable, command: SetHitPolicyCommand): AppliedCommand {
  const aggregation = command.hitPolicy === 'collect' ? (command.aggregation ?? null) : null;
  return {
    table: { ...table, hitPolicy: command.hitPolicy, aggregation },
    inverse: { type: 'setHitPolicy', hitPolicy: table.hitPolicy, aggregation: table.aggregation },
  };
}
