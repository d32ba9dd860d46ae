/**
 * The "evaluate one input" form: one field per input column whose expression is a plain name or
 * path (`amount`, `customer.tier`), typed by the column, and the coercion of what was typed into
 * the JSON inputs the API takes. Columns over other expressions (`amount * 2`) cannot be filled
 * field by field; for them the raw JSON editor is the way in.
 */
import type { DecisionTable, FeelType } from '@flowforge/contracts';

export interface InputField {
  /** The path as written (`customer.tier`); also the key of the field's text. */
  key: string;
  label: string;
  type: FeelType;
  path: readonly string[];
}

export interface InputFields {
  fields: InputField[];
  /** Some column reads an expression that is not a plain path: use JSON for those values. */
  hasComplexInputs: boolean;
}

export type InputError = 'number' | 'boolean' | 'duration' | 'json';

export type Coerced = { ok: true; value: unknown } | { ok: false; error: InputError };

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'between', 'instance', 'of', 'for', 'if', 'then', 'else', 'some', 'every', 'satisfies', 'return', 'true', 'false', 'null', 'function']);
const SEGMENT = /^[\p{L}_?][\p{L}\p{N}_? ]*$/u;

/** The path of a plain FEEL name or qualified name (names may contain spaces), else null. */
export function pathOf(expression: string): string[] | null {
  const segments = expression.trim().split('.').map((segment) => segment.trim());
  const isPlain = segments.every((segment) => SEGMENT.test(segment) && !segment.split(/\s+/).some((word) => KEYWORDS.has(word)));
  return isPlain ? segments : null;
}

/** The fields of a table's input columns; columns with the same path share one field. */
export function inputFieldsOf(table: DecisionTable): InputFields {
  const fields: InputField[] = [];
  let hasComplexInputs = false;
  for (const input of table.inputs) {
    const path = pathOf(input.expression);
    if (path === null) {
      hasComplexInputs = true;
      continue;
    }
    const key = path.join('.');
    if (fields.some((field) => field.key === key)) continue;
    fields.push({ key, label: input.label.trim() === '' ? key : input.label, type: input.type, path });
  }
  return { fields, hasComplexInputs };
}

/** Untyped fields for names only known by name (the input data of a DMN model). */
export function fieldsFromNames(names: readonly string[]): InputField[] {
  return names.map((name) => ({ key: name, label: name, type: 'any', path: [name] }));
}

const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function parseAny(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const COERCERS: Record<FeelType, (text: string) => Coerced> = {
  string: (text) => ({ ok: true, value: text }),
  number: (text) => {
    const value = Number(text.replace(/\s/g, ''));
    return Number.isFinite(value) && /\d/.test(text) ? { ok: true, value } : { ok: false, error: 'number' };
  },
  boolean: (text) => (text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, error: 'boolean' }),
  date: (text) => ({ ok: true, value: text }),
  // Browsers' time and date-time pickers leave out the seconds FEEL wants.
  time: (text) => ({ ok: true, value: /^\d{2}:\d{2}$/.test(text) ? `${text}:00` : text }),
  'date and time': (text) => ({ ok: true, value: /T\d{2}:\d{2}$/.test(text) ? `${text}:00` : text }),
  'days and time duration': (text) => (DURATION.test(text) ? { ok: true, value: text } : { ok: false, error: 'duration' }),
  'years and months duration': (text) => (DURATION.test(text) ? { ok: true, value: text } : { ok: false, error: 'duration' }),
  any: (text) => ({ ok: true, value: parseAny(text) }),
};

/** Turns a field's text into its JSON value; empty text is "not given" (undefined). */
export function coerceValue(text: string, type: FeelType): Coerced {
  const trimmed = type === 'string' ? text : text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  return COERCERS[type](trimmed);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  });
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

function getPath(source: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = source;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

export interface BuiltInputs {
  inputs: Record<string, unknown>;
  errors: Record<string, InputError>;
}

/** The inputs object of the form's texts: nested by path, empty fields left out. */
export function buildInputs(fields: readonly InputField[], texts: Readonly<Record<string, string>>, base: Record<string, unknown> = {}): BuiltInputs {
  const inputs = structuredClone(base);
  const errors: Record<string, InputError> = {};
  for (const field of fields) {
    const coerced = coerceValue(texts[field.key] ?? '', field.type);
    if (!coerced.ok) errors[field.key] = coerced.error;
    else if (coerced.value !== undefined) setPath(inputs, field.path, coerced.value);
  }
  return { inputs, errors };
}

/** A JSON value as a field shows it: texts bare, everything else as JSON. */
export function textOfValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The form's texts for an inputs object (when switching from JSON back to the form). */
export function textsOfInputs(fields: readonly InputField[], inputs: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.key, textOfValue(getPath(inputs, field.path))]));
}

export type ParsedObject = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Parses the raw JSON editor's text, which must hold one object. */
export function parseJsonObject(text: string): ParsedObject {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
    return { ok: false, message: 'not-object' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
