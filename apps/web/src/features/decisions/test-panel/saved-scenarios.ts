/**
 * Saved scenarios ↔ the rows the Scenarios tab edits. The server keeps the API's scenarios (name,
 * inputs object, expected value); a row holds a text per input field, the inputs no field shows as
 * JSON ("More inputs") and the expected result as text. A scenario read into a row and written back
 * is the same scenario (values typed by their columns); when the table's input columns change, rows
 * are split again over the new fields so that no value is lost — a value whose column went away
 * moves to "More inputs".
 */
import type { TestScenario } from '@flowforge/contracts';
import { textOfValue, textsOfInputs, type InputField } from '../logic/input-form';
import { buildScenarios, expectedText, newRowId, type ScenarioCellError, type ScenarioRow } from '../logic/scenarios';

export interface SavedScenario {
  name: string;
  inputs: Record<string, unknown>;
  expected: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `inputs` without the value at `path`; objects left empty by the removal go too. */
function withoutPath(inputs: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined || !(head in inputs)) return inputs;
  const { [head]: value, ...others } = inputs;
  if (rest.length === 0) return others;
  if (!isRecord(value)) return inputs;
  const inner = withoutPath(value, rest);
  return Object.keys(inner).length === 0 ? others : { ...others, [head]: inner };
}

function valueAt(inputs: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = inputs;
  for (const segment of path) value = isRecord(value) ? value[segment] : undefined;
  return value;
}

/**
 * The inputs no field shows. A value whose text would be empty (null, '') stays here too: an empty
 * field means "not given", so only here does it survive being written back.
 */
export function inputsBesideFields(fields: readonly InputField[], inputs: Record<string, unknown>): Record<string, unknown> {
  return fields.reduce((rest, field) => (textOfValue(valueAt(inputs, field.path)) === '' ? rest : withoutPath(rest, field.path)), inputs);
}

/** The row showing a saved scenario (a new row id unless one is given). */
export function rowFromScenario(fields: readonly InputField[], scenario: SavedScenario, id: string = newRowId()): ScenarioRow {
  const rest = inputsBesideFields(fields, scenario.inputs);
  return {
    id, name: scenario.name, values: textsOfInputs(fields, scenario.inputs),
    extra: Object.keys(rest).length === 0 ? '' : JSON.stringify(rest), expected: expectedText(scenario.expected),
  };
}

/** The scenarios to save for the rows (unnamed ones stay unnamed), or the cells that keep them from it. */
export function savedScenariosOf(rows: readonly ScenarioRow[], fields: readonly InputField[]): { scenarios: TestScenario[]; errors: ScenarioCellError[] } {
  const built = buildScenarios(rows, fields);
  return { scenarios: built.scenarios.map((scenario, index) => ({ ...scenario, name: rows[index]?.name.trim() ?? '' })), errors: built.errors };
}

/**
 * The rows split over other fields, each keeping its id, name and expected text. A row whose cells
 * do not fit the old fields cannot be read, so it stays as it is.
 */
export function rebaseRows(rows: readonly ScenarioRow[], from: readonly InputField[], to: readonly InputField[]): ScenarioRow[] {
  return rows.map((row) => {
    const built = buildScenarios([row], from);
    const inputs = built.scenarios[0]?.inputs;
    if (built.errors.length > 0 || inputs === undefined) return row;
    const rebased = rowFromScenario(to, { name: row.name, inputs, expected: null }, row.id);
    return { ...rebased, expected: row.expected };
  });
}

/** What identifies a set of fields for the rows: their keys, paths and types. */
export function fieldsKey(fields: readonly InputField[]): string {
  return JSON.stringify(fields.map((field) => [field.key, field.type, field.path]));
}
