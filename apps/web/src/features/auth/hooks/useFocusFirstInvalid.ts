import { useEffect, type RefObject } from 'react';

/** After a failed submit, moves focus to the first field marked invalid (or the form's alert). */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, submitCount: number): void {
  useEffect(() => {
    if (submitCount === 0) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [formRef, submitCount]);
}
