import type { FormField } from '@flowforge/contracts';
import type { FormState } from '@flowforge/forms';
import { createContext, use } from 'react';

/** What every rendered field reads: the runtime state and the one way to change it. */
export interface FormPreviewContextValue {
  state: FormState;
  fieldsByKey: ReadonlyMap<string, FormField>;
  timeZone: string;
  /** Raw input for a field; goes through the runtime's applyChange. */
  change: (key: string, raw: unknown) => void;
  isErrorShown: (key: string) => boolean;
}

export const FormPreviewContext = createContext<FormPreviewContextValue | null>(null);

export function useFormPreviewContext(): FormPreviewContextValue {
  const value = use(FormPreviewContext);
  if (!value) throw new Error('Form preview fields need a <FormPreviewContext> above them');
  return value;
}
