/**
 * Evaluating DMN boxed expressions over a scope of FEEL values: literal expressions (FEEL),
 * contexts, invocations, lists, relations, function definitions, the DMN 1.4 conditional, filter
 * and iterators, and decision tables (evaluate-table-expression.ts). Results are checked against
 * the expression's typeRef; a value that does not conform becomes null.
 */
import { FeelFunction, FeelRange } from 'feelin';
import type { Scope } from '../feel/compile.ts';
import { coerce, typeValues } from './conform.ts';
import type { ExpressionContext } from './expression-context.ts';
import { isContextValue } from './feel-kind.ts';
import { invokeFunction } from './invoke.ts';
import type {
  DmnConditional, DmnContext, DmnExpression, DmnFilter, DmnFunctionDefinition, DmnInvocation, DmnIterator, DmnList, DmnRelation,
} from './model.ts';
import { evaluateTableExpression } from './evaluate-table-expression.ts';

type Evaluator<T extends DmnExpression> = (context: ExpressionContext, expression: T, scope: Scope) => unknown;

/** The context for nested expressions: only the logic's own table reports its evaluation. */
const inner = (context: ExpressionContext): ExpressionContext => (context.onTable ? { ...context, onTable: undefined } : context);

const evaluateContext: Evaluator<DmnContext> = (context, expression, scope) => {
  const local: Scope = { ...scope };
  const entries: Record<string, unknown> = {};
  for (const entry of expression.entries) {
    const value = evaluateExpression(inner(context), entry.value, local);
    if (!entry.variable) return value;
    const typed = coerce(value, entry.variable.typeRef, context.types);
    entries[entry.variable.name] = typed;
    local[entry.variable.name] = typed;
  }
  return entries;
};

const evaluateInvocation: Evaluator<DmnInvocation> = (context, expression, scope) => {
  const target = context.compiled.feel.expression(expression.calledFunction, scope);
  const named: Record<string, unknown> = {};
  for (const binding of expression.bindings) named[binding.name] = evaluateExpression(inner(context), binding.value, scope);
  return invokeFunction(target, named);
};

const evaluateList: Evaluator<DmnList> = (context, expression, scope) =>
  expression.elements.map((element) => evaluateExpression(inner(context), element, scope));

const evaluateRelation: Evaluator<DmnRelation> = (context, expression, scope) =>
  expression.rows.map((row) => {
    const out: Record<string, unknown> = {};
    expression.columns.forEach((column, c) => {
      out[column.name] = coerce(evaluateExpression(inner(context), row[c] ?? null, scope), column.typeRef, context.types);
    });
    return out;
  });

/** A FEEL function value whose body is a boxed expression, closing over `scope`. */
export function functionValue(context: ExpressionContext, definition: DmnFunctionDefinition, scope: Scope): FeelFunction | null {
  if (definition.functionKind !== 'FEEL') return null;
  const names = definition.parameters.map((parameter) => parameter.name);
  return new FeelFunction((...args: unknown[]) => {
    const local: Scope = { ...scope };
    definition.parameters.forEach((parameter, i) => { local[parameter.name] = coerce(args[i] ?? null, parameter.typeRef, context.types); });
    return evaluateExpression(inner(context), definition.body, local);
  }, names);
}

/** A condition that is neither boolean nor null is an error (null), as the DMN TCK 1150 requires. */
const evaluateConditional: Evaluator<DmnConditional> = (context, expression, scope) => {
  const condition = evaluateExpression(inner(context), expression.if, scope);
  if (condition !== null && typeof condition !== 'boolean') return null;
  return evaluateExpression(inner(context), condition === true ? expression.then : expression.else, scope);
};

function itemScope(scope: Scope, item: unknown): Scope {
  return isContextValue(item) ? { ...scope, ...item, item } : { ...scope, item };
}

/** Keeps the items `match` holds for; `in` must be a list and `match` answer booleans (or null), else null. */
const evaluateFilter: Evaluator<DmnFilter> = (context, expression, scope) => {
  const source = evaluateExpression(inner(context), expression.in, scope);
  if (!Array.isArray(source)) return null;
  const kept: unknown[] = [];
  for (const item of source) {
    const match = evaluateExpression(inner(context), expression.match, itemScope(scope, item));
    if (match !== null && typeof match !== 'boolean') return null;
    if (match === true) kept.push(item);
  }
  return kept;
};

function iterationValues(source: unknown): unknown[] | null {
  if (Array.isArray(source)) return source;
  if (source instanceof FeelRange) {
    try {
      return source.map((value: unknown) => value);
    } catch {
      return null;
    }
  }
  return source === null ? null : [source];
}

const evaluateIterator: Evaluator<DmnIterator> = (context, expression, scope) => {
  const values = iterationValues(evaluateExpression(inner(context), expression.in, scope));
  if (!values) return null;
  const results = values.map((value) => evaluateExpression(inner(context), expression.body, { ...scope, [expression.variable]: value }));
  if (expression.kind === 'for') return results;
  if (results.some((result) => typeof result !== 'boolean')) return null;
  return expression.kind === 'every' ? results.every(Boolean) : results.some(Boolean);
};

/** A FEEL literal expression; `instance of` sees the model's item definitions as types. */
function evaluateLiteral(context: ExpressionContext, text: string, scope: Scope): unknown {
  const full = text.includes('instance of') ? { ...typeValues(context.types), ...scope } : scope;
  return context.compiled.feel.expression(text, full);
}

function dispatch(context: ExpressionContext, expression: DmnExpression, scope: Scope): unknown {
  switch (expression.kind) {
    case 'literal': return evaluateLiteral(context, expression.text, scope);
    case 'decisionTable': return evaluateTableExpression(context, expression, scope);
    case 'context': return evaluateContext(context, expression, scope);
    case 'invocation': return evaluateInvocation(context, expression, scope);
    case 'list': return evaluateList(context, expression, scope);
    case 'relation': return evaluateRelation(context, expression, scope);
    case 'function': return functionValue(context, expression, scope);
    case 'conditional': return evaluateConditional(context, expression, scope);
    case 'filter': return evaluateFilter(context, expression, scope);
    default: return evaluateIterator(context, expression, scope);
  }
}

/** Evaluates a boxed expression; a missing expression is null. */
export function evaluateExpression(context: ExpressionContext, expression: DmnExpression | null, scope: Scope): unknown {
  if (!expression) return null;
  return coerce(dispatch(context, expression, scope), expression.typeRef, context.types);
}
