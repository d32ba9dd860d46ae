/**
 * Finding what a command addresses, and refusing commands that do not fit the table: unknown ids,
 * indexes outside the table, entries that would not line up with the columns, size limits.
 */
import { DECISION_COLUMNS_MAX, DECISION_RULES_MAX, type DecisionTable } from '@flowforge/contracts';
import { TableEditError, type ColumnKind } from './commands.ts';

export function ruleIndexOf(table: DecisionTable, ruleId: string): number {
  const index = table.rules.findIndex((rule) => rule.id === ruleId);
  if (index < 0) throw new TableEditError('not-found', `The table has no rule "${ruleId}".`);
  return index;
}

export function columnIndexOf(table: DecisionTable, kind: ColumnKind, columnId: string): number {
  const columns: readonly { id: string }[] = kind === 'input' ? table.inputs : table.outputs;
  const index = columns.findIndex((column) => column.id === columnId);
  if (index < 0) throw new TableEditError('not-found', `The table has no ${kind} column "${columnId}".`);
  return index;
}

/** `index` must lie in [0, size]; `what` names the list in the error. */
export function checkIndex(index: number, size: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index > size) {
    throw new TableEditError('out-of-range', `Position ${index} is outside the ${what} (0 to ${size}).`);
  }
}

export function checkRuleLimit(table: DecisionTable): void {
  if (table.rules.length >= DECISION_RULES_MAX) throw new TableEditError('limit', `A table has at most ${DECISION_RULES_MAX} rules.`);
}

export function checkColumnLimit(count: number): void {
  if (count >= DECISION_COLUMNS_MAX) throw new TableEditError('limit', `A table has at most ${DECISION_COLUMNS_MAX} columns of a kind.`);
}

export function checkLength(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new TableEditError('misaligned', `Expected ${expected} ${what}, got ${actual}.`);
}

export function checkFreeId(ids: readonly string[], id: string): void {
  if (ids.includes(id)) throw new TableEditError('duplicate-id', `The id "${id}" is already used.`);
}
