import type { FormDefinition } from '@flowforge/contracts';
import { applyChange, createFormState, validateSubmission, type FormState, type Submission } from '@flowforge/forms';
import { useMemo, useState } from 'react';
import { createBrowserFormContext } from '../browser-context';

interface PreviewState {
  form: FormState | null;
  touched: ReadonlySet<string>;
  isSubmitAttempted: boolean;
  submission: Submission | null;
}

/**
 * The previewed form: runtime state, which fields show their errors (touched, or all after a
 * submit), and the last submission. A new definition keeps the values typed so far.
 */
export function useFormPreview(initialDefinition: FormDefinition | null) {
  const context = useMemo(createBrowserFormContext, []);
  const [preview, setPreview] = useState<PreviewState>(() => ({
    form: initialDefinition ? createFormState(initialDefinition, {}, context) : null,
    touched: new Set(),
    isSubmitAttempted: false,
    submission: null,
  }));

  const load = (definition: FormDefinition) => {
    setPreview((previous) => ({ ...previous, form: createFormState(definition, previous.form?.values ?? {}, context), submission: null }));
  };

  const change = (key: string, raw: unknown) => {
    setPreview((previous) => ({
      ...previous,
      form: previous.form && applyChange(previous.form, key, raw),
      touched: previous.touched.has(key) ? previous.touched : new Set([...previous.touched, key]),
      submission: null,
    }));
  };

  /** The server's path: validate the values as submitted; hidden fields are stripped. */
  const submit = (): boolean => {
    if (!preview.form) return false;
    const { state: _state, ...submission } = validateSubmission(preview.form.definition, preview.form.values, context);
    setPreview((previous) => ({ ...previous, isSubmitAttempted: true, submission }));
    return submission.ok;
  };

  const reset = (definition: FormDefinition) => {
    setPreview({ form: createFormState(definition, {}, context), touched: new Set(), isSubmitAttempted: false, submission: null });
  };

  const isErrorShown = (key: string) => preview.isSubmitAttempted || preview.touched.has(key);

  return { form: preview.form, submission: preview.submission, timeZone: context.timeZone, load, change, submit, reset, isErrorShown };
}
