// dmn-moddle and saxen ship no types: the reference brings ours into every program that uses DMN.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../dmn/vendor.d.ts" />
/**
 * A minimal element tree from XML, built with saxen: local element names (prefixes dropped),
 * attributes by their qualified name, and the decoded text. Enough to read DMN TCK test files.
 */
import { Parser } from 'saxen';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlReadError extends Error {}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses XML into a tree; throws XmlReadError for malformed XML. */
export function readXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new Parser();
  const top = () => stack[stack.length - 1] as XmlElement;
  // saxen also reports a closeTag for self-closing elements, so every open is matched by a close
  parser.on('openTag', (name, attrs, decode) => {
    const decoded: Record<string, string> = {};
    for (const [key, value] of Object.entries(attrs())) decoded[key] = decode(value);
    const element: XmlElement = { name: localName(name), attrs: decoded, children: [], text: '' };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closeTag', () => {
    stack.pop();
  });
  parser.on('text', (text, decode) => { top().text += decode(text); });
  parser.on('cdata', (text) => { top().text += text; });
  parser.on('error', (error) => { throw new XmlReadError(error.message); });
  parser.parse(xml);
  const [document] = root.children;
  if (!document) throw new XmlReadError('The file has no root element.');
  return document;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/** An attribute by local name, whatever its prefix (`xsi:type`, `type`). */
export function attr(element: XmlElement, name: string): string | undefined {
  if (element.attrs[name] !== undefined) return element.attrs[name];
  const key = Object.keys(element.attrs).find((candidate) => localName(candidate) === name && candidate.includes(':'));
  return key === undefined ? undefined : element.attrs[key];
}
