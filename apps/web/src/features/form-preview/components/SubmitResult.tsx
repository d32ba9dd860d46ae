import type { FormField } from '@flowforge/contracts';
import type { Submission } from '@flowforge/forms';
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { Alert } from '../../../ui/feedback/Alert';
import { describeFormError } from '../field-view/form-error-text';

interface SubmitResultProps {
  submission: Submission;
  fields: readonly FormField[];
}

/** After Submit: the values that would be sent (hidden fields stripped), or what blocks them. */
export function SubmitResult({ submission, fields }: SubmitResultProps) {
  const t = useT();
  const headingId = useId();
  if (!submission.ok) {
    const labelOf = (key: string | null) => {
      const field = fields.find((candidate) => candidate.key === key?.split('.')[0]);
      return field && 'label' in field && field.label ? field.label : null;
    };
    return (
      <Alert tone="danger" title={t('formPreview.submitFailed', { count: submission.errors.length })}>
        <ul className="list-disc pl-4">
          {submission.errors.map((error, index) => {
            const label = labelOf(error.field);
            const text = describeFormError(error, t);
            return <li key={`${error.field ?? 'form'}-${String(index)}`}>{label === null ? text : `${label}: ${text}`}</li>;
          })}
        </ul>
      </Alert>
    );
  }
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div role="status">
        <h3 id={headingId} className="text-md font-semibold text-success-fg">{t('formPreview.submitted')}</h3>
        <p className="text-sm text-fg-muted">{t('formPreview.submittedHint')}</p>
      </div>
      <pre className="max-h-96 overflow-auto rounded-control bg-sunken p-3 font-mono text-sm">
        {JSON.stringify(submission.values, null, 2)}
      </pre>
    </section>
  );
}
