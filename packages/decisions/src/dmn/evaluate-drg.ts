/**
 * Evaluating the decision requirements graph: a decision's scope holds exactly what it requires —
 * the values of required decisions (evaluated first, once per run), required input data, and the
 * business knowledge models and decision services it requires as FEEL functions. Elements of an
 * imported model are seen under the import's name (`Model B.Decision`). Values are checked against
 * the variables' typeRefs (non-conforming → null).
 */
import { FeelFunction } from 'feelin';
import type { Scope } from '../feel/compile.ts';
import type { TableEvaluation } from '../table/evaluate-table.ts';
import type { CompiledDmnModel } from './compile-model.ts';
import { coerce, conformTo, lookupDefinition } from './conform.ts';
import { evaluateExpression, functionValue } from './evaluate-expression.ts';
import type { ExpressionContext } from './expression-context.ts';
import type { DmnBusinessKnowledgeModel, DmnDecision, DmnDecisionService, DmnDrgElement, DmnInputData, DmnRef } from './model.ts';

/** Supplies input data values (FEEL values); undefined when the input was not given. */
export type InputSource = (input: DmnInputData) => unknown;

export interface DrgRun {
  compiled: CompiledDmnModel;
  inputs: InputSource;
  at: string | undefined;
  /** Decision values by `namespace#id`, filled as decisions are evaluated (or given, for services). */
  memo: Map<string, unknown>;
  /** Errors met while evaluating each decision, by `namespace#id`. */
  errors: Map<string, Error[]>;
  /** Evaluation of each decision whose logic is a decision table, by `namespace#id`. */
  tables: Map<string, TableEvaluation>;
  /** Decisions being evaluated, to stop requirement cycles. */
  active: Set<string>;
}

export function newRun(compiled: CompiledDmnModel, inputs: InputSource, at?: string): DrgRun {
  return { compiled, inputs, at, memo: new Map(), errors: new Map(), tables: new Map(), active: new Set() };
}

export const keyOf = (element: DmnDrgElement): string => `${element.namespace}#${element.id}`;

interface Placement {
  /** Namespace of the element whose scope this is. */
  from: string;
  element: DmnDrgElement;
  value: unknown;
}

/** Puts a value in scope under the element's name, or under its import's name when it is imported. */
function place(run: DrgRun, scope: Scope, { from, element, value }: Placement): void {
  if (element.namespace === from) {
    scope[element.name] = value;
    return;
  }
  const importName = run.compiled.unit(from).importNames.get(element.namespace);
  if (importName === undefined) return;
  const existing = scope[importName];
  scope[importName] = { ...(existing && typeof existing === 'object' ? existing : {}), [element.name]: value };
}

function requiredValue(run: DrgRun, element: DmnDrgElement): unknown {
  switch (element.kind) {
    case 'businessKnowledgeModel': return bkmFunction(run, element);
    case 'decisionService': return serviceFunction(run, element);
    case 'inputData': return inputValue(run, element);
    case 'decision': return decisionValue(run, element);
    default: return null;
  }
}

/** The scope of an element: what its requirements (knowledge, then inputs, then decisions) give. */
function requirementScope(run: DrgRun, from: string, refs: readonly DmnRef[]): Scope {
  const scope: Scope = {};
  for (const ref of refs) {
    const element = run.compiled.element(ref, from);
    if (element && element.kind !== 'knowledgeSource') place(run, scope, { from, element, value: requiredValue(run, element) });
  }
  return scope;
}

export function inputValue(run: DrgRun, input: DmnInputData): unknown {
  const raw = run.inputs(input);
  return coerce(raw ?? null, input.variable.typeRef, run.compiled.unit(input.namespace).types);
}

/** The expression context for an element's logic; errors are recorded under the element's key. */
function contextFor(run: DrgRun, element: DmnDecision | DmnBusinessKnowledgeModel): ExpressionContext {
  const key = keyOf(element);
  const errors = run.errors.get(key) ?? [];
  run.errors.set(key, errors);
  return { compiled: run.compiled, types: run.compiled.unit(element.namespace).types, at: run.at, outputName: element.variable.name, onError: (error) => errors.push(error) };
}

/** The value of a decision: memoized per run; null when its logic fails or is missing. */
export function decisionValue(run: DrgRun, decision: DmnDecision): unknown {
  const key = keyOf(decision);
  if (run.memo.has(key)) return run.memo.get(key);
  if (run.active.has(key)) return null;
  run.active.add(key);
  try {
    const scope = requirementScope(run, decision.namespace, [...decision.requiredKnowledge, ...decision.requiredInputs, ...decision.requiredDecisions]);
    const context = contextFor(run, decision);
    context.onTable = (evaluation) => { run.tables.set(key, evaluation); };
    const value = coerce(evaluateExpression(context, decision.logic, scope), decision.variable.typeRef, context.types);
    run.memo.set(key, value);
    return value;
  } finally {
    run.active.delete(key);
  }
}

function bkmResultType(run: DrgRun, bkm: DmnBusinessKnowledgeModel): string | null {
  if (bkm.logic?.typeRef) return bkm.logic.typeRef;
  const typeRef = bkm.variable.typeRef;
  if (!typeRef) return null;
  const found = lookupDefinition(typeRef, run.compiled.unit(bkm.namespace).types);
  if (found?.definition.functionItem) return found.definition.functionItem.outputTypeRef;
  return /^function\s*</.test(typeRef) ? null : typeRef;
}

/** A business knowledge model as a FEEL function; its body sees its parameters and its own knowledge requirements. */
export function bkmFunction(run: DrgRun, bkm: DmnBusinessKnowledgeModel): FeelFunction | null {
  const logic = bkm.logic;
  if (!logic) return null;
  const context = contextFor(run, bkm);
  const resultType = bkmResultType(run, bkm);
  const names = logic.parameters.map((parameter) => parameter.name);
  let inner: FeelFunction | null | undefined;
  const self: FeelFunction = new FeelFunction((...args: unknown[]) => {
    if (inner === undefined) {
      const scope = requirementScope(run, bkm.namespace, bkm.requiredKnowledge);
      scope[bkm.name] ??= self;
      inner = functionValue(context, logic, scope);
    }
    return inner ? coerce(inner.fn(...args), resultType, context.types) : null;
  }, names);
  return self;
}

/** The service's parameters: its input data, then its input decisions (the order the DMN TCK, 0085, expects). */
function serviceParameters(run: DrgRun, service: DmnDecisionService): DmnDrgElement[] {
  return [...service.inputData, ...service.inputDecisions]
    .map((ref) => run.compiled.element(ref, service.namespace))
    .filter((element): element is DmnDrgElement => element !== null);
}

/** Evaluates a decision service with its parameters by name (input decisions, then input data). */
export function invokeService(run: DrgRun, service: DmnDecisionService, args: Record<string, unknown>): unknown {
  const parameters = serviceParameters(run, service);
  const inner = newRun(run.compiled, (input) => (parameters.includes(input) ? args[input.name] : undefined), run.at);
  for (const parameter of parameters) {
    if (parameter.kind === 'decision') inner.memo.set(keyOf(parameter), coerce(args[parameter.name] ?? null, parameter.variable.typeRef, run.compiled.unit(parameter.namespace).types));
  }
  const outputs = service.outputDecisions
    .map((ref) => run.compiled.element(ref, service.namespace))
    .filter((element): element is DmnDecision => element?.kind === 'decision');
  const values = outputs.map((decision) => decisionValue(inner, decision));
  for (const [key, errors] of inner.errors) if (errors.length > 0) run.errors.set(key, errors);
  if (outputs.length === 1) return values[0] ?? null;
  return Object.fromEntries(outputs.map((decision, i) => [decision.name, values[i] ?? null]));
}

function conformsAsParameter(run: DrgRun, parameter: DmnDrgElement, value: unknown): boolean {
  if (parameter.kind !== 'decision' && parameter.kind !== 'inputData') return true;
  return conformTo(value, parameter.variable.typeRef, run.compiled.unit(parameter.namespace).types).ok;
}

/**
 * A decision service as a FEEL function of its input data and input decisions. A call that misses
 * arguments or passes one of the wrong type is an error (null): the service is not invoked.
 */
export function serviceFunction(run: DrgRun, service: DmnDecisionService): FeelFunction {
  const parameters = serviceParameters(run, service);
  return new FeelFunction((...args: unknown[]) => {
    if (args.length < parameters.length || args.some((arg) => arg === undefined)) return null;
    if (!parameters.every((parameter, i) => conformsAsParameter(run, parameter, args[i]))) return null;
    return invokeService(run, service, Object.fromEntries(parameters.map((parameter, i) => [parameter.name, args[i] ?? null])));
  }, parameters.map((element) => element.name));
}
