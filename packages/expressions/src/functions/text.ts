/** Text functions. Lengths and positions count Unicode code points, positions start at 1. */
import { listOf, T } from '../check/expr-types.ts';
import { textOf } from '../runtime/operators.ts';
import { checkListLength, checkStringLength } from '../runtime/state.ts';
import type { Value } from '../runtime/values.ts';
import { integerArg, textArg } from './arguments.ts';
import type { FunctionDef } from './function-def.ts';

const TEXT = { name: 'text', kind: 'string' as const };

function mapText(transform: (text: string) => string) {
  return ([value]: Value[]): Value => {
    const text = typeof value === 'string' ? value : value === null || value === undefined ? null : textOf(value);
    return text === null ? null : transform(text);
  };
}

export const TEXT_FUNCTIONS: FunctionDef[] = [
  {
    name: 'CONCAT', category: 'text', params: [{ name: 'values', kind: 'any', variadic: true }], returns: T.string,
    description: 'Joins values as text; null counts as empty text, numbers are written in plain decimal notation.',
    examples: [{ expression: "CONCAT(${firstName}, ' ', ${lastName})", values: { firstName: 'Ada', lastName: 'Lovelace' }, result: 'Ada Lovelace' }, { expression: "CONCAT('n=', 0.1 + 0.2, null)", result: 'n=0.3' }],
    impl: (args, state, site) => {
      const text = args.map(textOf).join('');
      checkStringLength(state, text.length, site.span);
      return text;
    },
  },
  {
    name: 'UPPER', category: 'text', params: [TEXT], returns: T.string,
    description: 'Upper case (locale-independent Unicode mapping).',
    examples: [{ expression: "UPPER('straße')", result: 'STRASSE' }],
    impl: mapText((text) => text.toUpperCase()),
  },
  {
    name: 'LOWER', category: 'text', params: [TEXT], returns: T.string,
    description: 'Lower case (locale-independent Unicode mapping).',
    examples: [{ expression: "LOWER('ÄBC')", result: 'äbc' }],
    impl: mapText((text) => text.toLowerCase()),
  },
  {
    name: 'TRIM', category: 'text', params: [TEXT], returns: T.string,
    description: 'Removes white space at both ends.',
    examples: [{ expression: "TRIM('  hi  ')", result: 'hi' }],
    impl: mapText((text) => text.trim()),
  },
  {
    name: 'SUBSTRING', category: 'text', params: [TEXT, { name: 'start', kind: 'number', description: '1-based position' }, { name: 'length', kind: 'number', optional: true }], returns: T.string,
    description: 'Part of a text from the 1-based position start, length code points long (to the end when omitted).',
    examples: [{ expression: "SUBSTRING('FlowForge', 5, 5)", result: 'Forge' }, { expression: "SUBSTRING('a😀b', 2, 1)", result: '😀' }],
    impl: ([value, start, length]) => {
      const text = textArg(value);
      if (text === null) return null;
      const chars = Array.from(text);
      const from = Math.max(1, integerArg(start, 1)) - 1;
      const count = length === undefined || length === null ? chars.length : Math.max(0, integerArg(length, 0));
      return chars.slice(from, from + count).join('');
    },
  },
  {
    name: 'LEN', category: 'text', params: [{ name: 'value', kind: 'any', description: 'a text or a list' }], returns: T.number,
    description: 'The number of code points of a text, or of items of a list; 0 for null.',
    examples: [{ expression: "LEN('héllo')", result: 5 }, { expression: 'LEN([1, 2])', result: 2 }, { expression: 'LEN(null)', result: 0 }],
    impl: ([value]) => {
      if (value === null || value === undefined) return 0;
      if (Array.isArray(value)) return value.length;
      const text = typeof value === 'string' ? value : textOf(value);
      let count = 0;
      for (const _ of text) count += 1;
      return count;
    },
  },
  {
    name: 'REPLACE', category: 'text', params: [TEXT, { name: 'search', kind: 'string' }, { name: 'replacement', kind: 'string' }], returns: T.string,
    description: 'Replaces every occurrence of search (plain text, not a pattern).',
    examples: [{ expression: "REPLACE('a-b-c', '-', '/')", result: 'a/b/c' }],
    impl: ([value, search, replacement], state, site) => {
      const text = textArg(value);
      if (text === null) return null;
      const needle = textOf(search ?? null);
      if (needle === '') return text;
      const parts = text.split(needle);
      const joiner = textOf(replacement ?? null);
      checkStringLength(state, text.length + (parts.length - 1) * joiner.length, site.span);
      return parts.join(joiner);
    },
  },
  {
    name: 'SPLIT', category: 'text', params: [TEXT, { name: 'separator', kind: 'string' }], returns: listOf(T.string),
    description: 'Splits a text at every separator; an empty separator splits into code points.',
    examples: [{ expression: "SPLIT('a,b,,c', ',')", result: ['a', 'b', '', 'c'] }],
    impl: ([value, separator], state, site) => {
      const text = textArg(value);
      if (text === null) return null;
      const needle = textOf(separator ?? null);
      const parts = needle === '' ? Array.from(text) : text.split(needle);
      checkListLength(state, parts.length, site.span);
      return parts;
    },
  },
];
