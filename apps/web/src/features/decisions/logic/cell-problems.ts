/**
 * Problems the server reports against cells of a table (a 422 on publish, with one `errors[]`
 * entry per invalid cell) located in words the user can find in the grid: "Rule 3 · Amount".
 * Pointers may be relative to the table (`/rules/2/inputEntries/0`) or to the request
 * (`/table/rules/2/…`).
 */
import type { DecisionTable } from '@flowforge/contracts';
import type { ProblemFieldError } from '../../../lib/api-problem';

export type CellLocation =
  | { kind: 'rule'; rule: number; column: string | null }
  | { kind: 'input' | 'output'; column: string }
  | { kind: 'table' };

export interface LocatedProblem {
  pointer: string;
  message: string;
  location: CellLocation;
}

function segmentsOf(pointer: string): string[] {
  const segments = pointer.split('/').filter(Boolean).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  return segments[0] === 'table' ? segments.slice(1) : segments;
}

function columnName(column: { label: string; expression?: string; name?: string } | undefined): string | null {
  if (!column) return null;
  if (column.label.trim() !== '') return column.label;
  return column.expression ?? column.name ?? null;
}

function ruleLocation(table: DecisionTable, rest: readonly string[]): CellLocation | null {
  const rule = Number(rest[0]);
  if (!Number.isInteger(rule)) return null;
  const index = Number(rest[2]);
  const column = rest[1] === 'inputEntries' ? columnName(table.inputs[index]) : rest[1] === 'outputEntries' ? columnName(table.outputs[index]) : rest[1] ?? null;
  return { kind: 'rule', rule: rule + 1, column };
}

/** Where in the table a pointer points, in grid terms (rules count from 1). */
export function locatePointer(table: DecisionTable, pointer: string): CellLocation {
  const [area, ...rest] = segmentsOf(pointer);
  if (area === 'rules') return ruleLocation(table, rest) ?? { kind: 'table' };
  const index = Number(rest[0]);
  if (area === 'inputs') return { kind: 'input', column: columnName(table.inputs[index]) ?? String(index + 1) };
  if (area === 'outputs') return { kind: 'output', column: columnName(table.outputs[index]) ?? String(index + 1) };
  return { kind: 'table' };
}

export function locateProblems(table: DecisionTable, errors: readonly ProblemFieldError[]): LocatedProblem[] {
  return errors.map((error) => ({ pointer: error.pointer, message: error.message, location: locatePointer(table, error.pointer) }));
}
