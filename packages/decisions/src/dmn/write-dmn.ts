/**
 * `writeTableDmn`: a FlowForge decision table as DMN 1.3 XML — one decision whose logic is the
 * table, plus one input data element per name its input columns read. Hit policies and
 * aggregations map as in table-conversion.ts. The §11.3 rule properties DMN has no place for
 * (priority, validFrom, validTo, overrideIds) are written as a `flowforge:ruleProperties`
 * extension element on the rule, which `readDmn` reads back and other tools ignore.
 */
import type { DecisionTable } from '@flowforge/contracts';
import type { ModdleElement, Moddle } from 'dmn-moddle';
import { parseExpression } from 'feelin';
import { dmnModdle } from './moddle.ts';
import { AGGREGATION_TO_DMN, HIT_POLICY_TO_DMN, typeRefOfFeelType } from './table-conversion.ts';

export interface TableDmnInput {
  name: string;
  description?: string;
  table: DecisionTable;
}

const PATH = /^\s*([\p{L}_?][\p{L}\p{N}_?']*(?: [\p{L}_?][\p{L}\p{N}_?']*)*)\s*(?:\.|$)/u;

/** The names an input expression reads from the evaluation inputs. */
export function inputNamesOf(expression: string): string[] {
  const path = PATH.exec(expression);
  if (path?.[1]) return [path[1]];
  const names = new Set<string>();
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (node.name !== 'VariableName') return undefined;
      if (node.node.parent?.name === 'FunctionInvocation' && node.node.prevSibling === null) return false;
      names.add(expression.slice(node.from, node.to).trim());
      return false;
    },
  });
  return [...names].filter((name) => !['true', 'false', 'null'].includes(name));
}

const idOf = (prefix: string, name: string) => `${prefix}_${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;


function ruleElement(moddle: Moddle, table: DecisionTable, r: number): ModdleElement {
  const rule = table.rules[r] as DecisionTable['rules'][number];
  const element = moddle.create('dmn:DecisionRule', {
    id: rule.id,
    inputEntry: rule.inputEntries.map((entry, i) => moddle.create('dmn:UnaryTests', { id: `${rule.id}_i${i}`, text: entry })),
    outputEntry: rule.outputEntries.map((entry, o) => moddle.create('dmn:LiteralExpression', { id: `${rule.id}_o${o}`, text: entry })),
    annotationEntry: [moddle.create('dmn:RuleAnnotation', { text: rule.annotation })],
  });
  const hasExtras = rule.priority !== null || rule.validFrom !== null || rule.validTo !== null || rule.overrideIds.length > 0;
  if (hasExtras) {
    const props = moddle.create('flowforge:RuleProperties', {
      ...(rule.priority !== null ? { priority: rule.priority } : {}),
      ...(rule.validFrom !== null ? { validFrom: rule.validFrom } : {}),
      ...(rule.validTo !== null ? { validTo: rule.validTo } : {}),
      ...(rule.overrideIds.length > 0 ? { overrideIds: rule.overrideIds.join(' ') } : {}),
    });
    element.set('extensionElements', moddle.create('dmn:ExtensionElements', { values: [props] }));
  }
  return element;
}

function tableElement(moddle: Moddle, table: DecisionTable): ModdleElement {
  return moddle.create('dmn:DecisionTable', {
    id: 'DecisionTable_1',
    hitPolicy: HIT_POLICY_TO_DMN[table.hitPolicy],
    ...(table.hitPolicy === 'collect' && table.aggregation ? { aggregation: AGGREGATION_TO_DMN[table.aggregation] } : {}),
    input: table.inputs.map((input) => moddle.create('dmn:InputClause', {
      id: input.id,
      label: input.label,
      inputExpression: moddle.create('dmn:LiteralExpression', { id: `${input.id}_expression`, text: input.expression, ...(typeRefOfFeelType(input.type) ? { typeRef: typeRefOfFeelType(input.type) } : {}) }),
      ...(input.allowedValues ? { inputValues: moddle.create('dmn:UnaryTests', { text: input.allowedValues }) } : {}),
    })),
    output: table.outputs.map((output) => moddle.create('dmn:OutputClause', {
      id: output.id,
      name: output.name,
      ...(output.label ? { label: output.label } : {}),
      ...(typeRefOfFeelType(output.type) ? { typeRef: typeRefOfFeelType(output.type) } : {}),
      ...(output.allowedValues.length > 0 ? { outputValues: moddle.create('dmn:UnaryTests', { text: output.allowedValues.join(', ') }) } : {}),
      ...(output.defaultValue !== null && output.defaultValue.trim() !== '' ? { defaultOutputEntry: moddle.create('dmn:LiteralExpression', { text: output.defaultValue }) } : {}),
    })),
    annotation: [moddle.create('dmn:RuleAnnotationClause', { name: 'Annotation' })],
    rule: table.rules.map((_, r) => ruleElement(moddle, table, r)),
  });
}

function requirement(moddle: Moddle, inputId: string): ModdleElement {
  return moddle.create('dmn:InformationRequirement', {
    id: `${inputId}_requirement`,
    requiredInput: moddle.create('dmn:DMNElementReference', { href: `#${inputId}` }),
  });
}

/** DMN 1.3 XML of one decision (the table) and the input data it reads. */
export async function writeTableDmn(input: TableDmnInput): Promise<string> {
  const moddle = dmnModdle();
  const { table } = input;
  const names = [...new Set(table.inputs.flatMap((column) => inputNamesOf(column.expression)))];
  const inputData = names.map((name) => moddle.create('dmn:InputData', {
    id: idOf('InputData', name),
    name,
    variable: moddle.create('dmn:InformationItem', { id: idOf('InformationItem', name), name }),
  }));
  // the decision's type is the output's only when the table yields one output value
  const singleHit = ['unique', 'any', 'priority', 'first'].includes(table.hitPolicy);
  const single = table.outputs.length === 1 && singleHit ? table.outputs[0] : undefined;
  const decision = moddle.create('dmn:Decision', {
    id: 'Decision_1',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    variable: moddle.create('dmn:InformationItem', { id: 'Decision_1_variable', name: input.name, ...(single && typeRefOfFeelType(single.type) ? { typeRef: typeRefOfFeelType(single.type) } : {}) }),
    informationRequirement: inputData.map((element) => requirement(moddle, String(element['id']))),
    decisionLogic: tableElement(moddle, table),
  });
  const definitions = moddle.create('dmn:Definitions', {
    id: 'Definitions_1',
    name: input.name,
    namespace: 'https://flowforge.dev/decisions',
    exporter: 'FlowForge',
    drgElement: [decision, ...inputData],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
