/**
 * Evaluation failures as problems: a hit-policy violation, a value outside its allowed values or a
 * DMN evaluation error is the decision's fault, not the server's (422 `decision-evaluation-failed`
 * with `reason` and the `ruleIds` concerned); a table that does not compile is 422 `decision-invalid`.
 */
import type { FieldError } from '@flowforge/contracts';
import { DecisionEvaluationError, DmnEvaluationError, TableCompileError, type CellProblem } from '@flowforge/decisions';
import { DomainError } from '../../../platform/errors.ts';

function cellErrors(problems: readonly CellProblem[]): FieldError[] {
  return problems.map((problem) => ({
    pointer: problem.pointer,
    message: problem.to > problem.from ? `${problem.message} (characters ${problem.from + 1}–${problem.to})` : problem.message,
  }));
}

export function invalidTable(problems: readonly CellProblem[]): DomainError {
  const count = problems.length;
  return new DomainError('decision-invalid', `The table has ${count} invalid cell${count === 1 ? '' : 's'}: ${problems[0]?.pointer ?? ''} ${problems[0]?.message ?? ''}`.trim(), { errors: cellErrors(problems) });
}

function evaluationFailed(error: Error & { code: string }, details: { ruleIds: string[]; pointer: string | null }): DomainError {
  return new DomainError('decision-evaluation-failed', error.message, {
    ...(details.pointer ? { errors: [{ pointer: details.pointer, message: error.message }] } : {}),
    extensions: { reason: error.code, ruleIds: details.ruleIds },
  });
}

/** The problem for an error thrown while compiling or evaluating a decision; null for anything else (a bug). */
export function toEvaluationProblem(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof DecisionEvaluationError) return evaluationFailed(error, { ruleIds: error.ruleIds, pointer: error.pointer });
  if (error instanceof TableCompileError) return invalidTable(error.problems);
  if (error instanceof DmnEvaluationError) {
    const ruleIds = 'ruleIds' in error && Array.isArray(error.ruleIds) ? error.ruleIds.map(String) : [];
    return evaluationFailed(error, { ruleIds, pointer: null });
  }
  return null;
}

/** Runs `work`, turning decision failures into problems. */
export function withEvaluationProblems<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toEvaluationProblem(error) ?? error;
  }
}
