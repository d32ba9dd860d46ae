/**
 * Syntax highlighting from the package's tokens (no Lezer grammar): each token becomes a mark
 * with a token colour utility, so light and dark follow the theme's CSS variables.
 */
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { tokenize, type HighlightToken } from '@flowforge/expressions';

const TOKEN_CLASSES: Record<HighlightToken['kind'], string> = {
  field: 'text-info-fg',
  function: 'text-accent-fg font-semibold',
  keyword: 'text-accent-fg',
  number: 'text-warning-fg',
  string: 'text-success-fg',
  operator: 'text-fg-muted',
  punctuation: 'text-fg-muted',
  invalid: 'text-danger-fg',
};

const MARKS = Object.fromEntries(
  Object.entries(TOKEN_CLASSES).map(([kind, className]) => [kind, Decoration.mark({ class: `${className} cm-ff-${kind}` })]),
) as Record<HighlightToken['kind'], Decoration>;

function buildDecorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const length = view.state.doc.length;
  for (const token of tokenize(view.state.doc.toString())) {
    if (token.to > token.from && token.to <= length) builder.add(token.from, token.to, MARKS[token.kind]);
  }
  return builder.finish();
}

export const expressionHighlighting = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = buildDecorations(view);
    }

    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = buildDecorations(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
