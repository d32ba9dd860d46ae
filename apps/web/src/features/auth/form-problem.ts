// Splits a failed submission into messages for the form's fields (from the problem's errors[]
// pointers) and what is left for the summary above the form.
import { collectFieldErrors, isApiProblem } from '../../lib/api-problem';

export interface FormProblem<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  /** Errors whose pointer names no field of this form (or the whole form). */
  otherErrors: string[];
}

export function splitFormProblem<Field extends string>(problem: unknown, fields: readonly Field[]): FormProblem<Field> {
  if (!isApiProblem(problem)) return { fieldErrors: {}, otherErrors: [] };
  const fieldErrors: Partial<Record<Field, string>> = {};
  const otherErrors: string[] = [];
  for (const [name, message] of Object.entries(collectFieldErrors(problem))) {
    const field = fields.find((candidate) => candidate === name);
    if (field === undefined) otherErrors.push(message);
    else fieldErrors[field] = message;
  }
  return { fieldErrors, otherErrors };
}
