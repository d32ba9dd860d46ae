/**
 * The DMN model FlowForge reads from DMN 1.1–1.5 XML: the decision requirements graph (decisions,
 * input data, business knowledge models, decision services, knowledge sources and the requirements
 * between them), item definitions, and each element's boxed expression. Plain data, independent of
 * dmn-moddle, so it can be evaluated, drawn and converted without the XML library.
 */

/** A reference to another element: its id, and the namespace of the model that holds it (imports). */
export interface DmnRef {
  id: string;
  /** Namespace of the model the element lives in; null for this model. */
  namespace: string | null;
}

export interface DmnTypedName {
  name: string;
  /** Type reference as written (`number`, `tPerson`, `list<string>`); null when untyped. */
  typeRef: string | null;
}

export interface DmnLiteralExpression { kind: 'literal'; typeRef: string | null; text: string }
export interface DmnContextEntry { variable: DmnTypedName | null; value: DmnExpression | null }
export interface DmnContext { kind: 'context'; typeRef: string | null; entries: DmnContextEntry[] }
export interface DmnBinding { name: string; value: DmnExpression | null }
export interface DmnInvocation { kind: 'invocation'; typeRef: string | null; calledFunction: string; bindings: DmnBinding[] }
export interface DmnList { kind: 'list'; typeRef: string | null; elements: (DmnExpression | null)[] }
export interface DmnRelation { kind: 'relation'; typeRef: string | null; columns: DmnTypedName[]; rows: (DmnExpression | null)[][] }
export type DmnFunctionKind = 'FEEL' | 'Java' | 'PMML';
export interface DmnFunctionDefinition { kind: 'function'; typeRef: string | null; functionKind: DmnFunctionKind; parameters: DmnTypedName[]; body: DmnExpression | null }
export interface DmnConditional { kind: 'conditional'; typeRef: string | null; if: DmnExpression | null; then: DmnExpression | null; else: DmnExpression | null }
export interface DmnFilter { kind: 'filter'; typeRef: string | null; in: DmnExpression | null; match: DmnExpression | null }
export interface DmnIterator {
  kind: 'for' | 'every' | 'some';
  typeRef: string | null;
  variable: string;
  in: DmnExpression | null;
  /** The `return` expression of a for, the `satisfies` expression of every / some. */
  body: DmnExpression | null;
}

export type DmnHitPolicy = 'UNIQUE' | 'FIRST' | 'PRIORITY' | 'ANY' | 'COLLECT' | 'RULE ORDER' | 'OUTPUT ORDER';
export type DmnAggregation = 'SUM' | 'COUNT' | 'MIN' | 'MAX';

export interface DmnTableInput {
  id: string | null;
  label: string;
  expression: string;
  typeRef: string | null;
  /** `inputValues` unary tests text; null when unrestricted. */
  inputValues: string | null;
}

export interface DmnTableOutput {
  id: string | null;
  name: string;
  label: string;
  typeRef: string | null;
  /** `outputValues` unary tests text; null when unrestricted. */
  outputValues: string | null;
  defaultOutputEntry: string | null;
}

export interface DmnTableRule {
  id: string | null;
  inputEntries: string[];
  outputEntries: string[];
  /** Rule annotation texts, in annotation column order. */
  annotations: string[];
  /** FlowForge §11.3 rule properties read from `flowforge:rule` extension elements, if present. */
  extras: DmnRuleExtras | null;
}

export interface DmnRuleExtras {
  priority: number | null;
  validFrom: string | null;
  validTo: string | null;
  overrideIds: string[];
}

export interface DmnDecisionTable {
  kind: 'decisionTable';
  typeRef: string | null;
  hitPolicy: DmnHitPolicy;
  aggregation: DmnAggregation | null;
  outputLabel: string;
  inputs: DmnTableInput[];
  outputs: DmnTableOutput[];
  /** Names of the rule annotation columns. */
  annotations: string[];
  rules: DmnTableRule[];
}

export type DmnExpression =
  | DmnLiteralExpression | DmnContext | DmnInvocation | DmnList | DmnRelation | DmnFunctionDefinition
  | DmnConditional | DmnFilter | DmnIterator | DmnDecisionTable;

export interface DmnElementBase {
  id: string;
  name: string;
  description: string;
  /** Namespace of the model that defines the element. */
  namespace: string;
}

export interface DmnRequirements {
  requiredDecisions: DmnRef[];
  requiredInputs: DmnRef[];
  requiredKnowledge: DmnRef[];
  authorities: DmnRef[];
}

export interface DmnDecision extends DmnElementBase, DmnRequirements {
  kind: 'decision';
  variable: DmnTypedName;
  question: string;
  logic: DmnExpression | null;
}

export interface DmnInputData extends DmnElementBase {
  kind: 'inputData';
  variable: DmnTypedName;
  authorities: DmnRef[];
}

export interface DmnBusinessKnowledgeModel extends DmnElementBase {
  kind: 'businessKnowledgeModel';
  variable: DmnTypedName;
  logic: DmnFunctionDefinition | null;
  requiredKnowledge: DmnRef[];
  authorities: DmnRef[];
}

export interface DmnDecisionService extends DmnElementBase {
  kind: 'decisionService';
  variable: DmnTypedName;
  outputDecisions: DmnRef[];
  encapsulatedDecisions: DmnRef[];
  inputDecisions: DmnRef[];
  inputData: DmnRef[];
}

export interface DmnKnowledgeSource extends DmnElementBase {
  kind: 'knowledgeSource';
  authorities: DmnRef[];
}

export type DmnDrgElement = DmnDecision | DmnInputData | DmnBusinessKnowledgeModel | DmnDecisionService | DmnKnowledgeSource;

export interface DmnItemDefinition {
  name: string;
  typeRef: string | null;
  isCollection: boolean;
  /** allowedValues unary tests: every value (each item, for a collection) must pass them. */
  allowedValues: string | null;
  /** DMN 1.5 typeConstraint unary tests: the value as a whole (the list, for a collection) must pass them. */
  typeConstraint: string | null;
  components: DmnItemDefinition[];
  /** Set when the item definition is a function type. */
  functionItem: { parameters: DmnTypedName[]; outputTypeRef: string | null } | null;
}

export interface DmnImport {
  name: string;
  namespace: string;
  locationURI: string | null;
  importType: string;
}

export interface DmnModel {
  id: string;
  name: string;
  namespace: string;
  description: string;
  /** DMN version the XML declared, e.g. `1.3`. */
  dmnVersion: string;
  imports: DmnImport[];
  itemDefinitions: DmnItemDefinition[];
  decisions: DmnDecision[];
  inputData: DmnInputData[];
  businessKnowledgeModels: DmnBusinessKnowledgeModel[];
  decisionServices: DmnDecisionService[];
  knowledgeSources: DmnKnowledgeSource[];
  /** The models this one imports that were supplied when reading it, resolved by namespace. */
  importedModels: DmnModel[];
}

/** Every DRG element of the model, in document order by kind. */
export function drgElementsOf(model: DmnModel): DmnDrgElement[] {
  return [...model.decisions, ...model.inputData, ...model.businessKnowledgeModels, ...model.decisionServices, ...model.knowledgeSources];
}
