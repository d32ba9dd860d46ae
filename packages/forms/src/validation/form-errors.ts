/**
 * Errors are data (STYLE.md §1): a code the UI translates, the numbers in `params`, and an English
 * default message with the params filled in. A rule's own `message` replaces the default.
 */
import type { FormError, FormErrorCode } from '@flowforge/contracts';

/** An error before it is attached to a field. */
export interface ErrorDraft {
  readonly code: FormErrorCode;
  readonly params?: Record<string, unknown>;
  readonly message?: string | undefined;
  /** A sub-field of a composite (`city`): the error is reported on `address.city`. */
  readonly part?: string;
}

const DEFAULT_MESSAGES: Record<FormErrorCode, string> = {
  'required': 'This field is required.',
  'invalid-type': 'This value has the wrong type.',
  'invalid-number': 'Enter a number.',
  'invalid-integer': 'Enter a whole number.',
  'invalid-date': 'Enter a valid date (YYYY-MM-DD).',
  'invalid-time': 'Enter a valid time (HH:mm).',
  'invalid-datetime': 'Enter a valid date and time.',
  'invalid-email': 'Enter a valid e-mail address.',
  'invalid-url': 'Enter a valid URL.',
  'invalid-phone': 'Enter a valid phone number.',
  'invalid-option': 'Choose one of the available options.',
  'invalid-file': 'This file is not valid.',
  'pattern': 'The value does not have the expected format.',
  'mask': 'Complete the value in the format {mask}.',
  'min-length': 'Enter at least {min} characters.',
  'max-length': 'Enter at most {max} characters.',
  'min': 'The value must be at least {min}.',
  'max': 'The value must be at most {max}.',
  'step': 'The value must be in steps of {step}.',
  'precision': 'Use at most {precision} decimal places.',
  'min-items': 'Choose at least {min}.',
  'max-items': 'Choose at most {max}.',
  'file-too-large': 'The file {name} is larger than {maxSizeBytes} bytes.',
  'file-type': 'The file {name} is not of an accepted type.',
  'image-too-small': 'The image must be at least {minWidth}×{minHeight} pixels.',
  'image-too-large': 'The image must be at most {maxWidth}×{maxHeight} pixels.',
  'date-range-order': 'The end must not be before the start.',
  'min-days': 'The range must span at least {min} days.',
  'max-days': 'The range must span at most {max} days.',
  'domain': 'Use an address at {domains}.',
  'protocol': 'Use an address starting with {protocols}.',
  'country': 'This country is not accepted.',
  'custom': 'The value is not valid.',
  'unique': 'This value is already taken.',
  'async': 'The value was rejected.',
  'unavailable': 'The value could not be checked right now.',
};

function formatParam(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The English message of a code with `{param}` placeholders filled in. */
export function defaultMessage(code: FormErrorCode, params: Record<string, unknown> = {}): string {
  return DEFAULT_MESSAGES[code].replace(/\{(\w+)\}/g, (_, name: string) => formatParam(params[name]));
}

export function createFormError(field: string | null, draft: ErrorDraft): FormError {
  const params = draft.params ?? {};
  const path = draft.part === undefined || field === null ? field : `${field}.${draft.part}`;
  return { field: path, code: draft.code, message: draft.message ?? defaultMessage(draft.code, params), params };
}
