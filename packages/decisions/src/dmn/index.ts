/** The DMN part of the package: reading, writing, drawing and evaluating DMN models. */
export { readDmn, DmnImportError, type ReadDmnOptions } from './read-dmn.ts';
export { writeTableDmn, type TableDmnInput } from './write-dmn.ts';
export { singleTableOf, type SingleTable } from './single-table.ts';
export { describeDrg, dmnDecisionNames, type DrgGraph, type DrgNode, type DrgEdge, type DrgNodeKind, type DrgEdgeKind } from './drg.ts';
export { compileDmnModel, type CompiledDmnModel } from './compile-model.ts';
export { evaluateDmnDecision, DmnEvaluationError, type DmnEvaluationErrorCode, type DmnEvaluationRequest } from './evaluate-decision.ts';
export type { DmnModel, DmnDecision, DmnInputData, DmnBusinessKnowledgeModel, DmnDecisionService, DmnKnowledgeSource, DmnItemDefinition, DmnExpression, DmnDecisionTable } from './model.ts';
