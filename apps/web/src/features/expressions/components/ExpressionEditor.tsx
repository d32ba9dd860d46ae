import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic, FieldTypes } from '@flowforge/expressions';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { toEditorDiagnostics } from '../editor/diagnostic-position';
import { createExpressionExtensions, createLabelExtensions, type EditorLabels } from '../editor/expression-extensions';

export interface ExpressionEditorHandle {
  /** Selects a range (e.g. a diagnostic's) and moves focus into the editor. */
  selectRange: (from: number, to: number) => void;
}

interface ExpressionEditorProps {
  value: string;
  onChange: (value: string) => void;
  fields: FieldTypes;
  /** Diagnostics of `diagnosedSource`; shown only while the editor holds exactly that text. */
  diagnostics: readonly Diagnostic[];
  diagnosedSource: string;
  labels: EditorLabels;
  ref?: Ref<ExpressionEditorHandle>;
}

/** A CodeMirror 6 editor for one FlowForge expression, controlled by `value`. */
export function ExpressionEditor({ value, onChange, fields, diagnostics, diagnosedSource, labels, ref }: ExpressionEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const labelCompartment = useRef(new Compartment());
  const latest = useRef({ fields, onChange, value, labels });

  useEffect(() => {
    latest.current = { fields, onChange, value, labels };
  });

  useEffect(() => {
    const { value: initialValue, labels: initialLabels } = latest.current;
    const view = new EditorView({
      parent: containerRef.current ?? undefined,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          createExpressionExtensions(() => latest.current.fields),
          labelCompartment.current.of(createLabelExtensions(initialLabels)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: labelCompartment.current.reconfigure(createLabelExtensions(labels)) });
  }, [labels]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || view.state.doc.toString() === value) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value }, selection: { anchor: value.length } });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || view.state.doc.toString() !== diagnosedSource) return;
    view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(diagnostics, view.state.doc.length)));
  }, [diagnostics, diagnosedSource]);

  useImperativeHandle(ref, () => ({
    selectRange: (from, to) => {
      const view = viewRef.current;
      if (!view) return;
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
      view.focus();
    },
  }), []);

  return <div ref={containerRef} />;
}
