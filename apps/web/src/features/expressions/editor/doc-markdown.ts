/**
 * The small Markdown the expression package writes for hover and completion docs: paragraphs,
 * `- ` list lines and `inline code`. Parsed into plain parts, so nothing is rendered as HTML.
 */

export interface DocSegment {
  text: string;
  isCode: boolean;
}

export interface DocLine {
  isListItem: boolean;
  segments: DocSegment[];
}

/** Splits `a \`b\` c` into text and code segments; an unclosed backtick stays as text. */
export function splitInlineCode(text: string): DocSegment[] {
  const segments: DocSegment[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), isCode: false });
    segments.push({ text: match[1] ?? '', isCode: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isCode: false });
  return segments;
}

/** The non-empty lines of the doc, list markers removed. */
export function parseDocMarkdown(markdown: string): DocLine[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const isListItem = line.startsWith('- ');
      return { isListItem, segments: splitInlineCode(isListItem ? line.slice(2) : line) };
    });
}
