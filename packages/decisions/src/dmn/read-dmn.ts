/**
 * `readDmn`: DMN 1.1–1.5 XML → FlowForge's DMN model. Parses with dmn-moddle (namespaces moved
 * onto DMN 1.3 first, see moddle.ts), then reads the DRG elements, their requirements and boxed
 * expressions, and the item definitions. Models the XML imports are resolved by namespace among
 * the `imports` passed in. Bad XML and unsupported content become a DmnImportError listing the
 * problems; reading never throws anything else.
 */
import type { ModdleElement } from 'dmn-moddle';
import { dmnModdle, normalizeNamespaces } from './moddle.ts';
import type {
  DmnBusinessKnowledgeModel, DmnDecision, DmnDecisionService, DmnImport, DmnInputData, DmnItemDefinition,
  DmnKnowledgeSource, DmnModel, DmnRef,
} from './model.ts';
import { child, many, optionalStr, readExpression, readFunctionDefinition, str, typedName, typeRefOf, type ImportProblem, type ReadContext } from './read-expressions.ts';

export class DmnImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The DMN file cannot be imported: ${problems.map((problem) => problem.message).join('; ')}`);
  }
}

export interface ReadDmnOptions {
  /** XML of other models; those the model imports (by namespace, transitively) are read too. */
  imports?: readonly string[];
}

function refOf(element: unknown): DmnRef | null {
  const href = str(child(element)?.['href']).trim();
  if (href === '') return null;
  const hash = href.lastIndexOf('#');
  if (hash === -1) return { id: href, namespace: null };
  const namespace = href.slice(0, hash);
  return { id: href.slice(hash + 1), namespace: namespace === '' ? null : namespace };
}

function refs(elements: unknown, property: string): DmnRef[] {
  return many(elements).map((element) => refOf(element[property])).filter((ref): ref is DmnRef => ref !== null);
}

function baseOf(element: ModdleElement, namespace: string) {
  return { id: str(element['id']), name: str(element['name']), description: str(element['description']).trim(), namespace };
}

function readDecision(element: ModdleElement, namespace: string, context: ReadContext): DmnDecision {
  const base = baseOf(element, namespace);
  return {
    ...base,
    kind: 'decision',
    variable: typedName(child(element['variable']), base.name),
    question: str(element['question']),
    logic: readExpression(child(element['decisionLogic']), context),
    requiredDecisions: refs(element['informationRequirement'], 'requiredDecision'),
    requiredInputs: refs(element['informationRequirement'], 'requiredInput'),
    requiredKnowledge: refs(element['knowledgeRequirement'], 'requiredKnowledge'),
    authorities: refs(element['authorityRequirement'], 'requiredAuthority'),
  };
}

function readInputData(element: ModdleElement, namespace: string): DmnInputData {
  const base = baseOf(element, namespace);
  return { ...base, kind: 'inputData', variable: typedName(child(element['variable']), base.name), authorities: [] };
}

function readBkm(element: ModdleElement, namespace: string, context: ReadContext): DmnBusinessKnowledgeModel {
  const base = baseOf(element, namespace);
  const logic = child(element['encapsulatedLogic']);
  return {
    ...base,
    kind: 'businessKnowledgeModel',
    variable: typedName(child(element['variable']), base.name),
    logic: logic ? readFunctionDefinition(logic, context) : null,
    requiredKnowledge: refs(element['knowledgeRequirement'], 'requiredKnowledge'),
    authorities: refs(element['authorityRequirement'], 'requiredAuthority'),
  };
}

function readDecisionService(element: ModdleElement, namespace: string): DmnDecisionService {
  const base = baseOf(element, namespace);
  const list = (property: string) => many(element[property]).map(refOf).filter((ref): ref is DmnRef => ref !== null);
  return {
    ...base,
    kind: 'decisionService',
    variable: typedName(child(element['variable']), base.name),
    outputDecisions: list('outputDecision'),
    encapsulatedDecisions: list('encapsulatedDecision'),
    inputDecisions: list('inputDecision'),
    inputData: list('inputData'),
  };
}

function readKnowledgeSource(element: ModdleElement, namespace: string): DmnKnowledgeSource {
  return { ...baseOf(element, namespace), kind: 'knowledgeSource', authorities: refs(element['authorityRequirement'], 'requiredAuthority') };
}

function readItemDefinition(element: ModdleElement): DmnItemDefinition {
  const functionItem = child(element['functionItem']);
  return {
    name: str(element['name']),
    typeRef: typeRefOf(element['typeRef']),
    isCollection: element['isCollection'] === true,
    allowedValues: optionalStr(child(element['allowedValues'])?.['text']),
    typeConstraint: optionalStr(child(element['typeConstraint'])?.['text']),
    components: many(element['itemComponent']).map(readItemDefinition),
    functionItem: functionItem
      ? { parameters: many(functionItem['parameters']).map((parameter) => typedName(parameter)), outputTypeRef: typeRefOf(functionItem['outputTypeRef']) }
      : null,
  };
}

function readImport(element: ModdleElement): DmnImport {
  return {
    name: str(element['name']),
    namespace: str(element['namespace']),
    locationURI: optionalStr(element['locationURI']),
    importType: str(element['importType']),
  };
}

function readDefinitions(definitions: ModdleElement, version: string, context: ReadContext): DmnModel {
  const namespace = str(definitions['namespace']);
  const elements = many(definitions['drgElement']);
  const ofType = (type: string) => elements.filter((element) => element.$type === type);
  return {
    id: str(definitions['id']),
    name: str(definitions['name']),
    namespace,
    description: str(definitions['description']).trim(),
    dmnVersion: version,
    imports: many(definitions['import']).map(readImport),
    itemDefinitions: many(definitions['itemDefinition']).map(readItemDefinition),
    decisions: ofType('dmn:Decision').map((element) => readDecision(element, namespace, context)),
    inputData: ofType('dmn:InputData').map((element) => readInputData(element, namespace)),
    businessKnowledgeModels: ofType('dmn:BusinessKnowledgeModel').map((element) => readBkm(element, namespace, context)),
    decisionServices: ofType('dmn:DecisionService').map((element) => readDecisionService(element, namespace)),
    knowledgeSources: ofType('dmn:KnowledgeSource').map((element) => readKnowledgeSource(element, namespace)),
    importedModels: [],
  };
}

/** moddle warnings worth refusing a file for: unknown DMN content (other namespaces are extensions). */
function warningProblems(warnings: { message: string }[]): ImportProblem[] {
  return warnings
    .filter((warning) => /unparsable content <(?![\w-]+:)/.test(warning.message) || /unknown type <dmn:/.test(warning.message))
    .map((warning) => ({ message: warning.message.split('\n')[0] ?? warning.message }));
}

async function parseOne(xml: string): Promise<DmnModel> {
  if (typeof xml !== 'string' || xml.trim() === '') throw new DmnImportError([{ message: 'The file is empty.' }]);
  const { xml: normalized, version } = normalizeNamespaces(xml);
  if (!version) throw new DmnImportError([{ message: 'This is not a DMN 1.1–1.5 model: its namespace is not a DMN model namespace.' }]);
  let parsed;
  try {
    parsed = await dmnModdle().fromXML(normalized, 'dmn:Definitions');
  } catch (error) {
    throw new DmnImportError([{ message: `The XML cannot be read: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const context: ReadContext = { problems: warningProblems(parsed.warnings) };
  const model = readDefinitions(parsed.rootElement, version, context);
  if (context.problems.length > 0) throw new DmnImportError(context.problems);
  return model;
}

function linkImports(model: DmnModel, available: readonly DmnModel[], seen: Set<string>): void {
  for (const entry of model.imports) {
    const imported = available.find((candidate) => candidate.namespace === entry.namespace);
    if (!imported || model.importedModels.includes(imported)) continue;
    model.importedModels.push(imported);
    if (seen.has(imported.namespace)) continue;
    seen.add(imported.namespace);
    linkImports(imported, available, seen);
  }
}

/** Reads a DMN model (and, from `options.imports`, the models it imports). */
export async function readDmn(xml: string, options: ReadDmnOptions = {}): Promise<DmnModel> {
  const model = await parseOne(xml);
  if (model.imports.length === 0 || !options.imports?.length) return model;
  const available: DmnModel[] = [];
  for (const other of options.imports) {
    try {
      available.push(await parseOne(other));
    } catch {
      // a model that cannot be read is simply not available for import
    }
  }
  linkImports(model, available, new Set([model.namespace]));
  return model;
}
