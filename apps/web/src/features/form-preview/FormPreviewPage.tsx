import { FileInput } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/controls/Button';
import { Card } from '../../ui/display/Card';
import { PageHeader } from '../../ui/display/PageHeader';
import { Alert } from '../../ui/feedback/Alert';
import { EmptyState } from '../../ui/feedback/EmptyState';
import { DefinitionEditor } from './components/DefinitionEditor';
import { FormRenderer } from './components/FormRenderer';
import { SubmitResult } from './components/SubmitResult';
import { checkDefinitionText } from './definition/definition-check';
import { useFormPreview } from './hooks/useFormPreview';
import { SAMPLE_DEFINITION_TEXT } from './definition/sample-definition';

export function FormPreviewPage() {
  const t = useT();
  useDocumentTitle(t('formPreview.title'));
  const sample = useMemo(() => checkDefinitionText(SAMPLE_DEFINITION_TEXT), []);
  const [text, setText] = useState(SAMPLE_DEFINITION_TEXT);
  const [check, setCheck] = useState(sample);
  const preview = useFormPreview(sample.definition);
  const { form } = preview;

  const changeText = (next: string) => {
    setText(next);
    const checked = checkDefinitionText(next);
    setCheck(checked);
    if (checked.definition) preview.load(checked.definition);
  };

  const reset = () => {
    setText(SAMPLE_DEFINITION_TEXT);
    setCheck(sample);
    if (sample.definition) preview.reset(sample.definition);
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('formPreview.title')} description={t('formPreview.subtitle')} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <DefinitionEditor text={text} problems={check.problems} onChange={changeText} onReset={reset} />
        <Card title={t('formPreview.previewTitle')} className="min-w-0">
          {form === null || form.definition.fields.length === 0 ? (
            <EmptyState
              icon={FileInput}
              title={t('formPreview.emptyTitle')}
              description={t('formPreview.emptyDescription')}
              action={<Button variant="primary" onClick={reset}>{t('formPreview.reset')}</Button>}
            />
          ) : (
            <div className="flex flex-col gap-5">
              {check.definition === null && <Alert title={t('formPreview.staleTitle')}>{t('formPreview.staleDetail')}</Alert>}
              <div>
                <h3 className="text-md font-semibold">{form.definition.name}</h3>
                {form.definition.description !== '' && <p className="mt-0.5 text-fg-muted">{form.definition.description}</p>}
              </div>
              <FormRenderer state={form} timeZone={preview.timeZone} change={preview.change} isErrorShown={preview.isErrorShown} onSubmit={preview.submit} />
              {preview.submission && <SubmitResult submission={preview.submission} fields={form.definition.fields} />}
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
