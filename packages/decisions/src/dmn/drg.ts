/**
 * The decision requirements graph of a model as nodes and edges for drawing (the web's DRG view),
 * and the names of its decisions. Edges point from the required element to the one requiring it:
 * information (decisions, input data → decision), knowledge (BKM, decision service → decision or
 * BKM), authority (knowledge source, decision, input data → the element it has authority over).
 */
import { drgElementsOf, type DmnDrgElement, type DmnExpression, type DmnModel, type DmnRef } from './model.ts';

export type DrgNodeKind = 'decision' | 'inputData' | 'businessKnowledgeModel' | 'decisionService' | 'knowledgeSource';
export type DrgEdgeKind = 'information' | 'knowledge' | 'authority';

export interface DrgNode {
  id: string;
  name: string;
  kind: DrgNodeKind;
  /** The kind of boxed expression that is the element's logic (`decision table`, …), if any. */
  logic: string | null;
}

export interface DrgEdge {
  from: string;
  to: string;
  kind: DrgEdgeKind;
}

export interface DrgGraph {
  nodes: DrgNode[];
  edges: DrgEdge[];
}

const LOGIC_NAMES: Record<DmnExpression['kind'], string> = {
  literal: 'literal expression',
  decisionTable: 'decision table',
  context: 'context',
  invocation: 'invocation',
  list: 'list',
  relation: 'relation',
  function: 'function definition',
  conditional: 'conditional',
  filter: 'filter',
  for: 'for',
  every: 'every',
  some: 'some',
};

function logicOf(element: DmnDrgElement): string | null {
  if (element.kind === 'decision') return element.logic ? LOGIC_NAMES[element.logic.kind] : null;
  if (element.kind === 'businessKnowledgeModel') return element.logic ? LOGIC_NAMES[element.logic.kind] : null;
  return null;
}

function edgesOf(element: DmnDrgElement): { refs: DmnRef[]; kind: DrgEdgeKind }[] {
  switch (element.kind) {
    case 'decision':
      return [
        { refs: [...element.requiredDecisions, ...element.requiredInputs], kind: 'information' },
        { refs: element.requiredKnowledge, kind: 'knowledge' },
        { refs: element.authorities, kind: 'authority' },
      ];
    case 'businessKnowledgeModel':
      return [{ refs: element.requiredKnowledge, kind: 'knowledge' }, { refs: element.authorities, kind: 'authority' }];
    case 'inputData':
    case 'knowledgeSource':
      return [{ refs: element.authorities, kind: 'authority' }];
    default:
      return [];
  }
}

/** Nodes and edges of the model's own DRG (references into imported models are left out). */
export function describeDrg(model: DmnModel): DrgGraph {
  const elements = drgElementsOf(model);
  const ids = new Set(elements.map((element) => element.id));
  const nodes = elements.map((element) => ({ id: element.id, name: element.name, kind: element.kind, logic: logicOf(element) }));
  const edges: DrgEdge[] = [];
  for (const element of elements) {
    for (const { refs, kind } of edgesOf(element)) {
      for (const ref of refs) {
        const local = ref.namespace === null || ref.namespace === model.namespace;
        if (local && ids.has(ref.id)) edges.push({ from: ref.id, to: element.id, kind });
      }
    }
  }
  return { nodes, edges };
}

/** Names of the model's decisions, in document order. */
export function dmnDecisionNames(model: DmnModel): string[] {
  return model.decisions.map((decision) => decision.name);
}
