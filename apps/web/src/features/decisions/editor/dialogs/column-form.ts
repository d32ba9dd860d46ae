// The column dialog's drafts: what the user edits for an input column (label, expression, type,
// allowed values as unary tests) or an output column (name, label, type, allowed values one per
// line in priority order, default value), the checks before saving, and the patch that saves.
import type { InputPatch, OutputPatch } from '@flowforge/decisions';
import { feelCellProblem, type CellProblem } from '../cell-syntax';
import type { DecisionInput, DecisionOutput, FeelType } from '../decision-model';

export interface InputColumnDraft {
  label: string;
  expression: string;
  type: FeelType;
  allowedValues: string;
}

export interface OutputColumnDraft {
  name: string;
  label: string;
  type: FeelType;
  /** One FEEL literal per line, highest priority first. */
  allowedValues: string;
  defaultValue: string;
}

export type ColumnFieldError =
  | { code: 'required' }
  | { code: 'duplicateName' }
  | (CellProblem & { line?: number });

export type InputColumnErrors = Partial<Record<keyof InputColumnDraft, ColumnFieldError>>;
export type OutputColumnErrors = Partial<Record<keyof OutputColumnDraft, ColumnFieldError>>;

export function inputDraftOf(input: DecisionInput): InputColumnDraft {
  return { label: input.label, expression: input.expression, type: input.type, allowedValues: input.allowedValues ?? '' };
}

export function outputDraftOf(output: DecisionOutput): OutputColumnDraft {
  return { name: output.name, label: output.label, type: output.type, allowedValues: output.allowedValues.join('\n'), defaultValue: output.defaultValue ?? '' };
}

function splitLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

export function validateInputDraft(draft: InputColumnDraft, names: readonly string[]): InputColumnErrors {
  const errors: InputColumnErrors = {};
  const expression = feelCellProblem('expression', draft.expression, names);
  if (expression) errors.expression = expression.code === 'empty' ? { code: 'required' } : expression;
  const allowed = feelCellProblem('unaryTests', draft.allowedValues, names);
  if (allowed) errors.allowedValues = allowed;
  return errors;
}

function allowedValuesError(text: string, names: readonly string[]): ColumnFieldError | undefined {
  const lines = splitLines(text);
  for (const [index, line] of lines.entries()) {
    const problem = feelCellProblem('expression', line, names);
    if (problem) return { ...problem, line: index + 1 };
  }
  return undefined;
}

/** `otherNames`: the names of the table's other output columns, which this one must not repeat. */
export function validateOutputDraft(draft: OutputColumnDraft, context: { names: readonly string[]; otherNames: readonly string[] }): OutputColumnErrors {
  const errors: OutputColumnErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = { code: 'required' };
  else if (context.otherNames.includes(name)) errors.name = { code: 'duplicateName' };
  const allowed = allowedValuesError(draft.allowedValues, context.names);
  if (allowed) errors.allowedValues = allowed;
  const fallback = feelCellProblem('optionalExpression', draft.defaultValue, context.names);
  if (fallback) errors.defaultValue = fallback;
  return errors;
}

export function inputPatchOf(draft: InputColumnDraft): InputPatch {
  const allowedValues = draft.allowedValues.trim();
  return { label: draft.label.trim(), expression: draft.expression.trim(), type: draft.type, allowedValues: allowedValues === '' ? null : allowedValues };
}

export function outputPatchOf(draft: OutputColumnDraft): OutputPatch {
  const defaultValue = draft.defaultValue.trim();
  return {
    name: draft.name.trim(), label: draft.label.trim(), type: draft.type,
    allowedValues: splitLines(draft.allowedValues), defaultValue: defaultValue === '' ? null : defaultValue,
  };
}
