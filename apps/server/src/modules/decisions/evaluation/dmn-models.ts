/**
 * DMN XML into models: reading an uploaded file (422 `dmn-import-failed` listing what is wrong with
 * it) and compiling a stored model for evaluation (422 `decision-invalid`).
 */
import type { FieldError } from '@flowforge/contracts';
import { compileDmnModel, DmnImportError, readDmn, type CompiledDmnModel, type DmnModel } from '@flowforge/decisions';
import { DomainError } from '../../../platform/errors.ts';
import { toEvaluationProblem } from './evaluation-errors.ts';

function importErrors(error: DmnImportError): FieldError[] {
  return error.problems.map((problem) => ({ pointer: '/', message: problem.element ? `${problem.element}: ${problem.message}` : problem.message }));
}

/** Reads an uploaded `.dmn` file; 422 listing every problem the reader found. */
export async function readDmnFile(xml: string): Promise<DmnModel> {
  try {
    return await readDmn(xml);
  } catch (error) {
    if (error instanceof DmnImportError) {
      const count = error.problems.length;
      throw new DomainError('dmn-import-failed', `The file is not a DMN model FlowForge can read (${count} problem${count === 1 ? '' : 's'}): ${error.problems[0]?.message ?? ''}`, { errors: importErrors(error) });
    }
    throw error;
  }
}

/** Reads and compiles a stored model; 422 when it no longer reads or does not compile. */
export async function compileDmnXml(xml: string): Promise<CompiledDmnModel> {
  let model: DmnModel;
  try {
    model = await readDmn(xml);
  } catch (error) {
    if (error instanceof DmnImportError) throw new DomainError('decision-invalid', error.message, { errors: importErrors(error) });
    throw error;
  }
  try {
    return compileDmnModel(model);
  } catch (error) {
    const problem = toEvaluationProblem(error);
    if (!problem) throw error;
    throw new DomainError('decision-invalid', `The DMN model does not compile: ${problem.message}`, { errors: problem.errors ?? [] });
  }
}
