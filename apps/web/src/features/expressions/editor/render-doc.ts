import { parseDocMarkdown } from './doc-markdown';

/** DOM for a completion or hover doc (CodeMirror tooltips take DOM nodes); text only, never HTML. */
export function renderDoc(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'cm-ff-doc';
  for (const line of parseDocMarkdown(markdown)) {
    const paragraph = document.createElement('p');
    if (line.isListItem) paragraph.className = 'cm-ff-doc-item';
    for (const segment of line.segments) {
      const node = document.createElement(segment.isCode ? 'code' : 'span');
      node.textContent = segment.text;
      paragraph.append(node);
    }
    container.append(paragraph);
  }
  return container;
}
