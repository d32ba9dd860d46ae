/**
 * DMN TCK test files (`*-test-*.xml`, schema testCases.xsd): test cases with input nodes and the
 * expected values of result nodes. A value is a simple `value` typed by xsi:type, a `list` of
 * items, a set of named `component`s, or nil.
 */
import { attr, childNamed, childrenNamed, readXmlTree, type XmlElement } from './xml-tree.ts';

export type TckValue =
  | { kind: 'nil' }
  | { kind: 'value'; type: string | null; text: string }
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'components'; components: { name: string; value: TckValue }[] };

export interface TckNode {
  name: string;
  namespace: string | null;
}

export interface TckInputNode extends TckNode {
  value: TckValue;
}

export interface TckResultNode extends TckNode {
  errorResult: boolean;
  expected: TckValue | null;
}

export interface TckTestCase {
  id: string;
  type: 'decision' | 'bkm' | 'decisionService';
  invocableName: string | null;
  description: string;
  inputs: TckInputNode[];
  results: TckResultNode[];
}

export interface TckTestFile {
  modelName: string | null;
  labels: string[];
  cases: TckTestCase[];
}

const isNil = (element: XmlElement) => attr(element, 'nil') === 'true';

/** Reads a valueType element (inputNode, expected, component, item). */
export function readValue(element: XmlElement): TckValue {
  if (isNil(element)) return { kind: 'nil' };
  const value = childNamed(element, 'value');
  if (value) {
    if (isNil(value)) return { kind: 'nil' };
    const type = attr(value, 'type');
    return { kind: 'value', type: type ? type.slice(type.indexOf(':') + 1) : null, text: value.text };
  }
  const list = childNamed(element, 'list');
  if (list) return isNil(list) ? { kind: 'nil' } : { kind: 'list', items: childrenNamed(list, 'item').map(readValue) };
  const components = childrenNamed(element, 'component');
  if (components.length > 0) return { kind: 'components', components: components.map((component) => ({ name: attr(component, 'name') ?? '', value: readValue(component) })) };
  return { kind: 'nil' };
}

function readNode(element: XmlElement): TckNode {
  return { name: element.attrs['name'] ?? '', namespace: element.attrs['namespace'] ?? null };
}

function readCase(element: XmlElement, index: number): TckTestCase {
  const type = element.attrs['type'];
  return {
    id: element.attrs['id'] ?? String(index + 1),
    type: type === 'bkm' || type === 'decisionService' ? type : 'decision',
    invocableName: element.attrs['invocableName'] ?? null,
    description: childNamed(element, 'description')?.text.trim() ?? '',
    inputs: childrenNamed(element, 'inputNode').map((node) => ({ ...readNode(node), value: readValue(node) })),
    results: childrenNamed(element, 'resultNode').map((node) => {
      const expected = childNamed(node, 'expected');
      return { ...readNode(node), errorResult: node.attrs['errorResult'] === 'true', expected: expected ? readValue(expected) : null };
    }),
  };
}

/** Parses a TCK test file; throws XmlReadError for malformed XML. */
export function readTestFile(xml: string): TckTestFile {
  const root = readXmlTree(xml);
  return {
    modelName: childNamed(root, 'modelName')?.text.trim() ?? null,
    labels: childrenNamed(childNamed(root, 'labels') ?? root, 'label').map((label) => label.text.trim()),
    cases: childrenNamed(root, 'testCase').map(readCase),
  };
}
