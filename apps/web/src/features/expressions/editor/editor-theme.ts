/**
 * The editor's look from the design tokens (CSS variables), so one theme serves light and dark.
 * CodeMirror's base theme hard-codes some colours (lint underlines, selected completion); these
 * rules replace them.
 */
import { EditorView } from '@codemirror/view';

const SELECTION = 'color-mix(in srgb, var(--color-accent) 28%, transparent)';

export const editorTheme = EditorView.theme({
  '&': {
    color: 'var(--color-fg)',
    backgroundColor: 'var(--color-canvas)',
    border: '1px solid var(--color-border-strong)',
    borderRadius: 'var(--radius-control)',
    fontSize: 'var(--text-base)',
  },
  '&.cm-focused': { outline: '2px solid var(--color-ring)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '22px' },
  '.cm-content': { padding: '8px 0', minHeight: '88px', caretColor: 'var(--color-fg)' },
  '.cm-line': { padding: '0 12px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--color-fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': { background: SELECTION },
  '.cm-placeholder': { color: 'var(--color-fg-muted)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--color-hover)', outline: '1px solid var(--color-border-strong)' },
  '.cm-nonmatchingBracket, &.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'var(--color-danger-subtle)' },
  '.cm-lintRange': { backgroundImage: 'none', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textUnderlineOffset: '4px' },
  '.cm-lintRange-error': { textDecorationColor: 'var(--color-danger)' },
  '.cm-lintRange-warning': { textDecorationColor: 'var(--color-warning)' },
  '.cm-lintPoint-error:after': { borderBottomColor: 'var(--color-danger)' },
  '.cm-lintPoint-warning:after': { borderBottomColor: 'var(--color-warning)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--color-raised)',
    color: 'var(--color-fg)',
    border: '1px solid var(--color-border)',
    borderRadius: 'var(--radius-control)',
    boxShadow: 'var(--shadow-overlay)',
    fontSize: 'var(--text-sm)',
  },
  '.cm-tooltip-hover, .cm-tooltip-lint': { maxWidth: '420px' },
  '.cm-diagnostic': { padding: '6px 10px' },
  '.cm-diagnosticSource': { color: 'var(--color-fg-muted)', opacity: '1', fontFamily: 'var(--font-mono)', fontSize: 'var(--text-xs)' },
  '.cm-diagnostic-error': { borderLeft: '3px solid var(--color-danger)' },
  '.cm-diagnostic-warning': { borderLeft: '3px solid var(--color-warning)' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font-mono)', maxHeight: '16rem' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '2px 8px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--color-accent-subtle)', color: 'var(--color-fg)' },
  '.cm-completionDetail': { color: 'var(--color-fg-muted)', fontStyle: 'normal', marginLeft: '10px' },
  '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: '600' },
  '.cm-completionIcon': { color: 'var(--color-fg-muted)' },
  '.cm-tooltip.cm-completionInfo': { maxWidth: '360px', padding: '8px 10px' },
  '.cm-ff-doc': { padding: '6px 10px', display: 'flex', flexDirection: 'column', gap: '6px' },
  '.cm-tooltip.cm-completionInfo .cm-ff-doc': { padding: '0' },
  '.cm-ff-doc p': { margin: '0' },
  '.cm-ff-doc-item': { paddingLeft: '12px' },
  '.cm-ff-doc code': { fontFamily: 'var(--font-mono)', backgroundColor: 'var(--color-sunken)', borderRadius: '4px', padding: '0 3px' },
});
