/**
 * Test scenarios as the test panel edits them: one row per scenario with a text per input field
 * (typed like the evaluate form), optional extra inputs as JSON, and the expected result as JSON
 * (or plain text, read as a string). Rows become the API's `TestScenario`s; invalid cells are
 * reported by row and field instead of being sent. (Saved scenarios become rows in
 * test-panel/saved-scenarios.ts.)
 */
import type { TestScenario } from '@flowforge/contracts';
import { buildInputs, parseJsonObject, textOfValue, type InputError, type InputField } from './input-form';

export interface ScenarioRow {
  id: string;
  name: string;
  /** Text per input field key. */
  values: Record<string, string>;
  /** More inputs as a JSON object, for columns over expressions that are not plain paths. */
  extra: string;
  /** The expected result as JSON; text that is not JSON is a string. */
  expected: string;
}

export interface ScenarioCellError {
  rowId: string;
  /** An input field's key, `extra` or `expected`. */
  field: string;
  error: InputError;
}

export interface BuiltScenarios {
  scenarios: TestScenario[];
  errors: ScenarioCellError[];
}

/** The expected value of a cell: JSON when it parses, else the text itself; empty is null. */
export function parseExpected(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
}

/** A value as an expected-result cell shows it; strings that would read as JSON keep their quotes. */
export function expectedText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return JSON.stringify(value);
  return parseExpected(value) === value ? value : JSON.stringify(value);
}

let counter = 0;

/** A row id unique on this page (the server stores scenarios, not rows). */
export function newRowId(): string {
  counter += 1;
  return `s${Date.now().toString(36)}${String(counter)}`;
}

export function emptyScenario(fields: readonly InputField[]): ScenarioRow {
  return { id: newRowId(), name: '', values: Object.fromEntries(fields.map((field) => [field.key, ''])), extra: '', expected: '' };
}

function rowInputs(row: ScenarioRow, fields: readonly InputField[]): { inputs: Record<string, unknown>; errors: ScenarioCellError[] } {
  const extra = parseJsonObject(row.extra);
  const errors: ScenarioCellError[] = extra.ok ? [] : [{ rowId: row.id, field: 'extra', error: 'json' }];
  const built = buildInputs(fields, row.values, extra.ok ? extra.value : {});
  for (const [field, error] of Object.entries(built.errors)) errors.push({ rowId: row.id, field, error });
  return { inputs: built.inputs, errors };
}

/** The API's scenarios of the rows, or the cells that keep them from being sent. */
export function buildScenarios(rows: readonly ScenarioRow[], fields: readonly InputField[]): BuiltScenarios {
  const scenarios: TestScenario[] = [];
  const errors: ScenarioCellError[] = [];
  rows.forEach((row, index) => {
    const built = rowInputs(row, fields);
    errors.push(...built.errors);
    scenarios.push({ name: row.name.trim() === '' ? `#${String(index + 1)}` : row.name.trim(), inputs: built.inputs, expected: parseExpected(row.expected) });
  });
  return { scenarios, errors };
}

/** Just the inputs of the rows (for comparing versions), or the cells that keep them from being sent. */
export function buildScenarioInputs(rows: readonly ScenarioRow[], fields: readonly InputField[]): { inputs: Record<string, unknown>[]; errors: ScenarioCellError[] } {
  const built = buildScenarios(rows, fields);
  return { inputs: built.scenarios.map((scenario) => scenario.inputs), errors: built.errors };
}

/** A result value as the panel prints it. */
export function formatResult(value: unknown): string {
  return value === undefined || value === null ? 'null' : JSON.stringify(value) ?? textOfValue(value);
}
