import type { FormField } from '@flowforge/contracts';
import { buildLayoutTree, type FormState } from '@flowforge/forms';
import { Send } from 'lucide-react';
import { useMemo, useRef, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { FormPreviewContext, type FormPreviewContextValue } from '../form-preview-context';
import { FormNode } from './FormNode';

interface FormRendererProps {
  state: FormState;
  timeZone: string;
  change: (key: string, raw: unknown) => void;
  isErrorShown: (key: string) => boolean;
  /** Runs the submission; returns whether it passed, so focus can move to the first problem. */
  onSubmit: () => boolean;
}

/** The form of a definition, rendered from the runtime state; submit validates like the server. */
export function FormRenderer({ state, timeZone, change, isErrorShown, onSubmit }: FormRendererProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const { definition } = state;
  const roots = useMemo(() => buildLayoutTree(definition).roots, [definition]);
  const fieldsByKey = useMemo(() => new Map<string, FormField>(definition.fields.map((field) => [field.key, field])), [definition]);
  const context: FormPreviewContextValue = { state, fieldsByKey, timeZone, change, isErrorShown };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSubmit()) return;
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not([hidden] *)')?.focus();
    });
  };

  return (
    <FormPreviewContext value={context}>
      <form ref={formRef} noValidate onSubmit={submit} aria-label={definition.name} className="flex flex-col gap-5">
        {roots.map((key) => <FormNode key={key} fieldKey={key} />)}
        <div>
          <Button type="submit" variant="primary" icon={Send}>
            {definition.submissionConfig.submitLabel === 'Submit' ? t('formPreview.submit') : definition.submissionConfig.submitLabel}
          </Button>
        </div>
      </form>
    </FormPreviewContext>
  );
}
