import type { Diagnostic, FieldTypes } from '@flowforge/expressions';
import { lazy, Suspense, useId, useMemo, type Ref } from 'react';
import { useT } from '../../../lib/i18n';
import { Card } from '../../../ui/display/Card';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import type { ExpressionEditorHandle } from './ExpressionEditor';

// CodeMirror is its own chunk: the page shows an editor-shaped skeleton while it loads.
const ExpressionEditor = lazy(() => import('./ExpressionEditor').then((module) => ({ default: module.ExpressionEditor })));

interface EditorCardProps {
  source: string;
  onChange: (source: string) => void;
  fields: FieldTypes;
  diagnostics: readonly Diagnostic[];
  editorRef: Ref<ExpressionEditorHandle>;
}

/** The expression editor with its keyboard hint. */
export function EditorCard({ source, onChange, fields, diagnostics, editorRef }: EditorCardProps) {
  const t = useT();
  const hintId = useId();
  const labels = useMemo(
    () => ({ label: t('expressions.editorLabel'), placeholder: t('expressions.editorPlaceholder'), describedBy: hintId }),
    [t, hintId],
  );
  return (
    <Card title={t('expressions.editorTitle')}>
      <div className="flex flex-col gap-1.5">
        <Suspense fallback={<Skeleton className="h-[106px] w-full" />}>
          <ExpressionEditor
            ref={editorRef}
            value={source}
            onChange={onChange}
            fields={fields}
            diagnostics={diagnostics}
            diagnosedSource={source}
            labels={labels}
          />
        </Suspense>
        <p id={hintId} className="text-sm text-fg-muted">{t('expressions.editorHint')}</p>
      </div>
    </Card>
  );
}
