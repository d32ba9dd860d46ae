/**
 * Turning dmn-moddle's boxed expressions into FlowForge's DMN model: literal expressions, decision
 * tables, contexts, invocations, lists, relations, function definitions and the DMN 1.4/1.5
 * conditional, filter and iterator expressions. Anything else is reported as a problem.
 */
import type { ModdleElement } from 'dmn-moddle';
import type {
  DmnAggregation, DmnDecisionTable, DmnExpression, DmnFunctionDefinition, DmnFunctionKind, DmnHitPolicy,
  DmnRuleExtras, DmnTableRule, DmnTypedName,
} from './model.ts';

export interface ImportProblem {
  message: string;
  element?: string;
}

/** Collects problems while reading; readers return null for what they cannot read. */
export interface ReadContext {
  problems: ImportProblem[];
}

type Reader = (element: ModdleElement, context: ReadContext) => DmnExpression | null;

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function optionalStr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function many(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

export function child(value: unknown): ModdleElement | null {
  return value && typeof value === 'object' ? (value as ModdleElement) : null;
}

/** A typeRef as written, with a DMN 1.1 `feel:` style prefix removed. */
export function typeRefOf(value: unknown): string | null {
  const text = optionalStr(value)?.trim() ?? null;
  if (!text) return null;
  const match = /^(?:feel|FEEL|ns\d*|xsd|dmn):(.+)$/.exec(text);
  return match?.[1] ?? text;
}

export function typedName(element: ModdleElement | null, fallback = ''): DmnTypedName {
  return { name: str(element?.['name']) || fallback, typeRef: typeRefOf(element?.['typeRef']) };
}

function textOf(element: ModdleElement | null): string {
  return str(element?.['text']);
}

function readLiteral(element: ModdleElement): DmnExpression {
  return { kind: 'literal', typeRef: typeRefOf(element['typeRef']), text: textOf(element) };
}

const extrasOf = (rule: ModdleElement): DmnRuleExtras | null => {
  const values = many(child(rule['extensionElements'])?.['values']);
  const props = values.find((value) => value.$type === 'flowforge:RuleProperties');
  if (!props) return null;
  const priority = props['priority'];
  return {
    priority: typeof priority === 'number' && Number.isInteger(priority) ? priority : null,
    validFrom: optionalStr(props['validFrom']),
    validTo: optionalStr(props['validTo']),
    overrideIds: str(props['overrideIds']).split(/\s+/).filter((id) => id !== ''),
  };
};

function readRule(rule: ModdleElement): DmnTableRule {
  return {
    id: optionalStr(rule['id']),
    inputEntries: many(rule['inputEntry']).map(textOf),
    outputEntries: many(rule['outputEntry']).map(textOf),
    annotations: many(rule['annotationEntry']).map(textOf),
    extras: extrasOf(rule),
  };
}

function readDecisionTable(element: ModdleElement): DmnDecisionTable {
  const hitPolicy = (optionalStr(element['hitPolicy']) ?? 'UNIQUE') as DmnHitPolicy;
  return {
    kind: 'decisionTable',
    typeRef: typeRefOf(element['typeRef']),
    hitPolicy,
    aggregation: hitPolicy === 'COLLECT' ? ((optionalStr(element['aggregation']) as DmnAggregation | null) ?? null) : null,
    outputLabel: str(element['outputLabel']),
    inputs: many(element['input']).map((input) => {
      const expression = child(input['inputExpression']);
      return {
        id: optionalStr(input['id']),
        label: str(input['label']),
        expression: textOf(expression),
        typeRef: typeRefOf(expression?.['typeRef']),
        inputValues: optionalStr(textOf(child(input['inputValues']))),
      };
    }),
    outputs: many(element['output']).map((output) => ({
      id: optionalStr(output['id']),
      name: str(output['name']),
      label: str(output['label']),
      typeRef: typeRefOf(output['typeRef']),
      outputValues: optionalStr(textOf(child(output['outputValues']))),
      defaultOutputEntry: optionalStr(textOf(child(output['defaultOutputEntry']))),
    })),
    annotations: many(element['annotation']).map((annotation) => str(annotation['name'])),
    rules: many(element['rule']).map(readRule),
  };
}

function readContext(element: ModdleElement, context: ReadContext): DmnExpression {
  return {
    kind: 'context',
    typeRef: typeRefOf(element['typeRef']),
    entries: many(element['contextEntry']).map((entry) => {
      const variable = child(entry['variable']);
      return { variable: variable ? typedName(variable) : null, value: readExpression(child(entry['value']), context) };
    }),
  };
}

function readInvocation(element: ModdleElement, context: ReadContext): DmnExpression {
  return {
    kind: 'invocation',
    typeRef: typeRefOf(element['typeRef']),
    calledFunction: textOf(child(element['calledFunction'])).trim(),
    bindings: many(element['binding']).map((binding) => ({
      name: str(child(binding['parameter'])?.['name']),
      value: readExpression(child(binding['bindingFormula']), context),
    })),
  };
}

function readList(element: ModdleElement, context: ReadContext): DmnExpression {
  return { kind: 'list', typeRef: typeRefOf(element['typeRef']), elements: many(element['elements']).map((item) => readExpression(item, context)) };
}

function readRelation(element: ModdleElement, context: ReadContext): DmnExpression {
  return {
    kind: 'relation',
    typeRef: typeRefOf(element['typeRef']),
    columns: many(element['column']).map((column) => typedName(column)),
    rows: many(element['row']).map((row) => many(row['elements']).map((cell) => readExpression(cell, context))),
  };
}

export function readFunctionDefinition(element: ModdleElement, context: ReadContext): DmnFunctionDefinition {
  return {
    kind: 'function',
    typeRef: typeRefOf(element['typeRef']),
    functionKind: (optionalStr(element['kind']) ?? 'FEEL') as DmnFunctionKind,
    parameters: many(element['formalParameter']).map((parameter) => typedName(parameter)),
    body: readExpression(child(element['body']), context),
  };
}

function childExpression(value: unknown, context: ReadContext): DmnExpression | null {
  return readExpression(child(child(value)?.['expression']), context);
}

function readConditional(element: ModdleElement, context: ReadContext): DmnExpression {
  return {
    kind: 'conditional',
    typeRef: typeRefOf(element['typeRef']),
    if: childExpression(element['if'], context),
    then: childExpression(element['then'], context),
    else: childExpression(element['else'], context),
  };
}

function readFilter(element: ModdleElement, context: ReadContext): DmnExpression {
  return { kind: 'filter', typeRef: typeRefOf(element['typeRef']), in: childExpression(element['in'], context), match: childExpression(element['match'], context) };
}

function iteratorReader(kind: 'for' | 'every' | 'some', bodyProperty: string): Reader {
  return (element, context) => ({
    kind,
    typeRef: typeRefOf(element['typeRef']),
    variable: str(element['iteratorVariable']),
    in: childExpression(element['in'], context),
    body: childExpression(element[bodyProperty], context),
  });
}

const READERS: Record<string, Reader> = {
  'dmn:LiteralExpression': readLiteral,
  'dmn:DecisionTable': readDecisionTable,
  'dmn:Context': readContext,
  'dmn:Invocation': readInvocation,
  'dmn:List': readList,
  'dmn:Relation': readRelation,
  'dmn:FunctionDefinition': readFunctionDefinition,
  'dmn:Conditional': readConditional,
  'dmn:Filter': readFilter,
  'dmn:For': iteratorReader('for', 'return'),
  'dmn:Every': iteratorReader('every', 'satisfies'),
  'dmn:Some': iteratorReader('some', 'satisfies'),
};

/** Reads a boxed expression; null (with a problem) for kinds FlowForge does not evaluate. */
export function readExpression(element: ModdleElement | null, context: ReadContext): DmnExpression | null {
  if (!element) return null;
  const reader = READERS[element.$type];
  if (reader) return reader(element, context);
  context.problems.push({ message: `Boxed expression ${element.$type.replace(/^dmn:/, '')} is not supported.`, element: str(element['id']) || undefined });
  return null;
}
