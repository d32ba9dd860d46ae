/**
 * The FlowForge expression language for CodeMirror 6, built on the package's tooling hooks:
 * highlighting, completion, hover docs. Diagnostics come from the page's own compile (setDiagnostics).
 * Tab is left to the browser (no indentWithTab), so keyboard users can leave the editor; the
 * completion keymap (Escape closes the list) comes with autocompletion().
 */
import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { FieldTypes } from '@flowforge/expressions';
import { createCompletionSource, createHoverDocs } from './completion-source';
import { editorTheme } from './editor-theme';
import { expressionHighlighting } from './highlight';

export interface EditorLabels {
  label: string;
  placeholder: string;
  /** Id of the element describing how to use the editor. */
  describedBy: string;
}

/** Attributes and placeholder that follow the language (reconfigured through a compartment). */
export function createLabelExtensions({ label, placeholder: text, describedBy }: EditorLabels): Extension {
  return [EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }), placeholder(text)];
}

export function createExpressionExtensions(getFields: () => FieldTypes): Extension {
  return [
    history(),
    closeBrackets(),
    bracketMatching(),
    autocompletion({ override: [createCompletionSource(getFields)], icons: true }),
    createHoverDocs(getFields),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap]),
    expressionHighlighting,
    EditorView.lineWrapping,
    editorTheme,
  ];
}
