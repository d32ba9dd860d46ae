import type { FunctionDef } from '../functions/function-def.ts';
import type { Expr } from '../syntax/ast.ts';
import type { Diagnostic, ExprType, FieldTypes, Limits } from '../types.ts';

export type CheckEnv = {
  fields?: FieldTypes;
  findFunction: (name: string) => FunctionDef | undefined;
  functionNames: () => string[];
  limits: Limits;
};

/** What the per-node checks (binary operators, calls) need from the checker. */
export type CheckContext = {
  readonly env: CheckEnv;
  typeOf: (expr: Expr) => ExprType;
  report: (diagnostic: Diagnostic) => void;
  checkPatternLiteral: (expr: Expr) => void;
};
