import { useMemo, useRef, useState } from 'react';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PageHeader } from '../../ui/display/PageHeader';
import { EditorCard } from './components/EditorCard';
import { ExampleList } from './components/ExampleList';
import type { ExpressionEditorHandle } from './components/ExpressionEditor';
import { ResultPanel } from './components/ResultPanel';
import { SampleDataEditor } from './components/SampleDataEditor';
import { EXPRESSION_EXAMPLES } from './examples';
import { useExpressionEvaluation } from './hooks/useExpressionEvaluation';
import { DEFAULT_SAMPLE_DATA, DEFAULT_SAMPLE_TEXT, parseSampleData } from './sample/sample-data';

export function ExpressionPlaygroundPage() {
  const t = useT();
  useDocumentTitle(t('expressions.title'));
  const editorRef = useRef<ExpressionEditorHandle>(null);
  const [source, setSource] = useState(EXPRESSION_EXAMPLES[0] ?? '');
  const [sampleText, setSampleText] = useState(DEFAULT_SAMPLE_TEXT);
  const [sample, setSample] = useState<Readonly<Record<string, unknown>>>(DEFAULT_SAMPLE_DATA);
  const sampleParse = useMemo(() => parseSampleData(sampleText), [sampleText]);
  // While the sample data cannot be read, the last readable sample keeps the field types.
  const { fields, compiled, evaluation, diagnostics } = useExpressionEvaluation(source, sample);

  const changeSample = (text: string) => {
    setSampleText(text);
    const parsed = parseSampleData(text);
    if (parsed.ok) setSample(parsed.values);
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('expressions.title')} description={t('expressions.subtitle')} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <EditorCard source={source} onChange={setSource} fields={fields} diagnostics={diagnostics} editorRef={editorRef} />
          <ResultPanel
            source={source}
            compiled={compiled}
            evaluation={evaluation}
            isSampleValid={sampleParse.ok}
            diagnostics={diagnostics}
            onSelectRange={(from, to) => editorRef.current?.selectRange(from, to)}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <SampleDataEditor
            text={sampleText}
            parse={sampleParse}
            fields={fields}
            onChange={changeSample}
            onReset={() => { changeSample(DEFAULT_SAMPLE_TEXT); }}
          />
          <ExampleList onPick={setSource} />
        </div>
      </div>
    </div>
  );
}
