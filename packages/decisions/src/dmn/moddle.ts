// dmn-moddle and saxen ship no types: the reference brings ours into every program that uses DMN.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor.d.ts" />
/**
 * The dmn-moddle instance FlowForge reads and writes DMN with. dmn-moddle knows the DMN 1.3 schema
 * only, so (1) XML in the DMN 1.1, 1.2, 1.4 and 1.5 namespaces is moved onto the 1.3 namespace
 * before parsing, and (2) the boxed expressions DMN 1.4/1.5 added (conditional, filter, for, every,
 * some) and the 1.5 `typeConstraint` of item definitions are added to the schema. A small
 * FlowForge package describes the extension element that carries the §11.3 rule properties DMN
 * cannot express.
 */
import { DmnModdle, type Moddle } from 'dmn-moddle';
import dmnPackage from 'dmn-moddle/resources/dmn/json/dmn13.json';

export const DMN13_NS = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
export const DMNDI13_NS = 'https://www.omg.org/spec/DMN/20191111/DMNDI/';
export const FLOWFORGE_NS = 'https://flowforge.dev/schema/dmn/1.0';

/** Model namespaces of each DMN version, mapped to the version number. */
const MODEL_NAMESPACES: Record<string, string> = {
  'http://www.omg.org/spec/DMN/20151101/dmn.xsd': '1.1',
  'http://www.omg.org/spec/DMN/20180521/MODEL/': '1.2',
  [DMN13_NS]: '1.3',
  'https://www.omg.org/spec/DMN/20211108/MODEL/': '1.4',
  'https://www.omg.org/spec/DMN/20230324/MODEL/': '1.5',
};

const DI_NAMESPACES = [
  'http://www.omg.org/spec/DMN/20180521/DMNDI/',
  'https://www.omg.org/spec/DMN/20211108/DMNDI/',
  'https://www.omg.org/spec/DMN/20230324/DMNDI/',
];

const childExpression = (name: string, type = 'ChildExpression') => ({ name, type, xml: { serialize: 'property' } });

/** Schema types DMN 1.4 and 1.5 added, in moddle's package format. */
const DMN15_TYPES = [
  { name: 'ChildExpression', properties: [{ name: 'id', type: 'String', isAttr: true, isId: true }, { name: 'expression', type: 'Expression' }] },
  { name: 'TypedChildExpression', superClass: ['ChildExpression'], properties: [{ name: 'typeRef', type: 'String', isAttr: true }] },
  { name: 'Conditional', superClass: ['Expression'], properties: [childExpression('if'), childExpression('then'), childExpression('else')] },
  { name: 'Filter', superClass: ['Expression'], properties: [childExpression('in'), childExpression('match')] },
  { name: 'Iterator', isAbstract: true, superClass: ['Expression'], properties: [childExpression('in', 'TypedChildExpression'), { name: 'iteratorVariable', type: 'String', isAttr: true }] },
  { name: 'For', superClass: ['Iterator'], properties: [childExpression('return')] },
  { name: 'Every', superClass: ['Iterator'], properties: [childExpression('satisfies')] },
  { name: 'Some', superClass: ['Iterator'], properties: [childExpression('satisfies')] },
];

type PackageType = { name: string; properties?: unknown[]; [key: string]: unknown };

function extendedDmnPackage(): Record<string, unknown> {
  const types = (dmnPackage.types as PackageType[]).map((type) => {
    if (type.name !== 'ItemDefinition') return type;
    return { ...type, properties: [...(type.properties ?? []), { name: 'typeConstraint', type: 'UnaryTests', xml: { serialize: 'property' } }] };
  });
  return { ...dmnPackage, types: [...types, ...DMN15_TYPES] };
}

const flowforgePackage = {
  name: 'FlowForge',
  prefix: 'flowforge',
  uri: FLOWFORGE_NS,
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'RuleProperties',
      superClass: ['Element'],
      properties: [
        { name: 'priority', type: 'Integer', isAttr: true },
        { name: 'validFrom', type: 'String', isAttr: true },
        { name: 'validTo', type: 'String', isAttr: true },
        { name: 'overrideIds', type: 'String', isAttr: true },
      ],
    },
  ],
};

let instance: Moddle | null = null;

/** The shared moddle instance (it is stateless between parses). */
export function dmnModdle(): Moddle {
  instance ??= DmnModdle({ dmn: extendedDmnPackage(), flowforge: flowforgePackage });
  return instance;
}

export interface NormalizedXml {
  xml: string;
  /** DMN version of the model namespace the XML used; null when it used none we know. */
  version: string | null;
}

function replaceAttributeValue(xml: string, from: string, to: string): string {
  return xml.replaceAll(`"${from}"`, `"${to}"`).replaceAll(`'${from}'`, `'${to}'`);
}

/** Moves DMN 1.1/1.2/1.4/1.5 namespaces onto DMN 1.3 so dmn-moddle parses them. */
export function normalizeNamespaces(xml: string): NormalizedXml {
  let version: string | null = null;
  let out = xml;
  for (const [uri, number] of Object.entries(MODEL_NAMESPACES)) {
    if (!out.includes(`"${uri}"`) && !out.includes(`'${uri}'`)) continue;
    version ??= number;
    if (uri !== DMN13_NS) out = replaceAttributeValue(out, uri, DMN13_NS);
  }
  for (const uri of DI_NAMESPACES) out = replaceAttributeValue(out, uri, DMNDI13_NS);
  return { xml: out, version };
}
