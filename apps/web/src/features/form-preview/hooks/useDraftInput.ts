import type { DataField } from '@flowforge/contracts';
import { useState } from 'react';
import { maskInputText, pickDisplayText, readInputText } from '../field-view/display-text';
import { useFormPreviewContext } from '../form-preview-context';

/**
 * Text input bound to a field: every keystroke goes through applyChange, and the input keeps what
 * was typed while it still reads as the stored value (so a trimmed space does not vanish); an
 * input mask formats the text as it is typed.
 */
export function useDraftInput(field: DataField, value: unknown) {
  const { change, timeZone } = useFormPreviewContext();
  const [draft, setDraft] = useState<string | null>(null);
  const text = pickDisplayText({ field, draft, value, timeZone });
  const onText = (typed: string) => {
    const next = maskInputText(field, typed);
    setDraft(next);
    change(field.key, readInputText(field, next));
  };
  return { text, onText };
}
