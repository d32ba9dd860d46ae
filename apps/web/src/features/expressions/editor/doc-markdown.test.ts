import { describe, expect, it } from 'vitest';
import { parseDocMarkdown, splitInlineCode } from './doc-markdown';

describe('splitInlineCode', () => {
  it.each([
    ['plain', [{ text: 'plain', isCode: false }]],
    ['`SUM(a)` adds', [{ text: 'SUM(a)', isCode: true }, { text: ' adds', isCode: false }]],
    ['a `b` c', [{ text: 'a ', isCode: false }, { text: 'b', isCode: true }, { text: ' c', isCode: false }]],
    ['open `tick', [{ text: 'open `tick', isCode: false }]],
  ])('splits %j', (text, expected) => {
    expect(splitInlineCode(text)).toEqual(expected);
  });
});

describe('parseDocMarkdown', () => {
  it('drops blank lines and marks list items when reading a function doc', () => {
    const markdown = '`SUM(...values) → number`\n\nAdds numbers.\n\n- `values`: numbers';

    const lines = parseDocMarkdown(markdown);

    expect(lines).toEqual([
      { isListItem: false, segments: [{ text: 'SUM(...values) → number', isCode: true }] },
      { isListItem: false, segments: [{ text: 'Adds numbers.', isCode: false }] },
      { isListItem: true, segments: [{ text: 'values', isCode: true }, { text: ': numbers', isCode: false }] },
    ]);
  });
});
