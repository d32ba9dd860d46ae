// What a column header shows and checks: the name people read (label, else expression or name),
// the FEEL text under it, and the first problem of the column's properties.
import { inputDraftOf, outputDraftOf, validateInputDraft, validateOutputDraft, type ColumnFieldError } from '../dialogs/column-form';
import type { DecisionInput, DecisionOutput } from '../decision-model';

export interface ColumnProblem {
  field: string;
  error: ColumnFieldError;
}

export interface ColumnSummary {
  kind: 'input' | 'output';
  id: string;
  /** The label, else the expression (input) or the name (output). */
  title: string;
  /** FEEL under the title: the input expression or the output name. */
  code: string;
  type: string;
  allowed: string;
  defaultValue: string;
  problem: ColumnProblem | null;
}

function firstProblem(errors: Partial<Record<string, ColumnFieldError>>, fields: readonly string[]): ColumnProblem | null {
  for (const field of fields) {
    const error = errors[field];
    if (error) return { field, error };
  }
  return null;
}

export function summarizeInput(input: DecisionInput, names: readonly string[]): ColumnSummary {
  return {
    kind: 'input', id: input.id, title: input.label.trim() || input.expression, code: input.expression, type: input.type,
    allowed: input.allowedValues ?? '', defaultValue: '',
    problem: firstProblem(validateInputDraft(inputDraftOf(input), names), ['expression', 'allowedValues']),
  };
}

export function summarizeOutput(output: DecisionOutput, outputs: readonly DecisionOutput[], names: readonly string[]): ColumnSummary {
  const otherNames = outputs.filter((other) => other.id !== output.id).map((other) => other.name);
  return {
    kind: 'output', id: output.id, title: output.label.trim() || output.name, code: output.name, type: output.type,
    allowed: output.allowedValues.join(', '), defaultValue: output.defaultValue ?? '',
    problem: firstProblem(validateOutputDraft(outputDraftOf(output), { names, otherNames }), ['name', 'allowedValues', 'defaultValue']),
  };
}
