import type { FieldTypes } from '@flowforge/expressions';
import { RotateCcw } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { joinClassNames } from '../../../ui/class-names';
import { Card } from '../../../ui/display/Card';
import { Alert } from '../../../ui/feedback/Alert';
import { formatType } from '../sample/sample-fields';
import type { SampleParse } from '../sample/sample-data';

interface SampleDataEditorProps {
  text: string;
  parse: SampleParse;
  fields: FieldTypes;
  onChange: (text: string) => void;
  onReset: () => void;
}

/** The JSON the expression reads, with its problem next to it and the field types it gives. */
export function SampleDataEditor({ text, parse, fields, onChange, onReset }: SampleDataEditorProps) {
  const t = useT();
  const id = useId();
  const fieldNames = Object.keys(fields);
  return (
    <Card title={t('expressions.sampleTitle')} description={t('expressions.sampleHint')}>
      <div className="flex flex-col gap-3">
        <label htmlFor={id} className="text-sm font-medium">{t('expressions.sampleLabel')}</label>
        <textarea
          id={id}
          value={text}
          rows={14}
          spellCheck={false}
          wrap="off"
          aria-invalid={parse.ok ? undefined : true}
          aria-describedby={parse.ok ? undefined : `${id}-error`}
          onChange={(event) => { onChange(event.target.value); }}
          className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto resize-y py-2 font-mono text-sm')}
        />
        {!parse.ok && (
          <div id={`${id}-error`}>
            <Alert tone="danger" title={t('expressions.sampleInvalid')}>
              {parse.problem === 'syntax' ? t('expressions.sampleSyntax', { detail: parse.detail }) : t('expressions.sampleNotObject')}
            </Alert>
          </div>
        )}
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t('expressions.fieldsInScope', { count: fieldNames.length })}</summary>
          <dl className="mt-2 grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-1 font-mono text-xs">
            {fieldNames.map((name) => (
              <div key={name} className="contents">
                <dt>{`\${${name}}`}</dt>
                <dd className="break-all text-fg-muted">{formatType(fields[name] ?? { kind: 'any' })}</dd>
              </div>
            ))}
          </dl>
        </details>
        <Button variant="ghost" size="sm" icon={RotateCcw} className="self-start" onClick={onReset}>
          {t('expressions.sampleReset')}
        </Button>
      </div>
    </Card>
  );
}
