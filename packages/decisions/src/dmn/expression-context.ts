/** What evaluating a boxed expression needs besides its scope. */
import type { TableEvaluation } from '../table/evaluate-table.ts';
import type { CompiledDmnModel } from './compile-model.ts';
import type { TypeScope } from './conform.ts';

export interface ExpressionContext {
  compiled: CompiledDmnModel;
  /** Item definitions of the model the expression belongs to. */
  types: TypeScope;
  /** Day of evaluation (YYYY-MM-DD) for effective-dated rules. */
  at: string | undefined;
  /** Name a single unnamed table output gets (the decision's variable name). */
  outputName: string;
  /** Told about the evaluation of a decision table that is the logic itself (not nested). */
  onTable?: (evaluation: TableEvaluation) => void;
  /** Told about errors DMN turns into null (hit policy violations, values outside allowed ones). */
  onError?: (error: Error) => void;
}
