import { RotateCcw } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { joinClassNames } from '../../../ui/class-names';
import { Button } from '../../../ui/controls/Button';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { Card } from '../../../ui/display/Card';
import type { DefinitionProblem } from '../definition/definition-check';
import { DefinitionProblems } from './DefinitionProblems';

interface DefinitionEditorProps {
  text: string;
  problems: readonly DefinitionProblem[];
  onChange: (text: string) => void;
  onReset: () => void;
}

/** The definition as JSON, checked on every change; its problems are listed right under it. */
export function DefinitionEditor({ text, problems, onChange, onReset }: DefinitionEditorProps) {
  const t = useT();
  const id = useId();
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return (
    <Card title={t('formPreview.definitionTitle')} description={t('formPreview.definitionHint')}>
      <div className="flex flex-col gap-3">
        <label htmlFor={id} className="text-sm font-medium">{t('formPreview.definitionLabel')}</label>
        <textarea
          id={id}
          value={text}
          rows={28}
          spellCheck={false}
          wrap="off"
          aria-invalid={hasErrors || undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) => { onChange(event.target.value); }}
          className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto resize-y py-2 font-mono text-xs leading-5')}
        />
        <div id={`${id}-problems`}>
          <DefinitionProblems problems={problems} />
        </div>
        <Button variant="ghost" size="sm" icon={RotateCcw} className="self-start" onClick={onReset}>
          {t('formPreview.reset')}
        </Button>
      </div>
    </Card>
  );
}
