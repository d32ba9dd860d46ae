// Splits plain text into text and http(s) links, so links in a mail's text part can be clicked.
export type TextSegment = { kind: 'text'; value: string } | { kind: 'link'; value: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export function splitTextLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (start > position) segments.push({ kind: 'text', value: text.slice(position, start) });
    segments.push({ kind: 'link', value: link });
    position = start + link.length;
  }
  if (position < text.length) segments.push({ kind: 'text', value: text.slice(position) });
  return segments;
}
