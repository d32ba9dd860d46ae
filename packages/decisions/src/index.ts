export { compileExpression, compileUnaryTests, FeelCompileError, type Scope, type CompiledExpression, type CompiledUnaryTests } from './feel/compile.ts';
export { expressionSyntaxProblem, unaryTestsSyntaxProblem, type FeelSyntaxProblem } from './feel/syntax.ts';
export { toFeelValue, fromFeelValue, sameValue } from './feel/values.ts';
export { compileTable, tableProblems, TableCompileError, type CompiledTable, type CellProblem } from './table/compile-table.ts';
export { evaluateTable, DecisionEvaluationError, type DecisionErrorCode, type EvaluateTableOptions, type TableEvaluation } from './table/evaluate-table.ts';
export { applyHitPolicy, sortByPriority, shapeOutput, type RuleHit } from './table/hit-policy.ts';
