/**
 * The type's own checks of a non-empty, well-typed value (spec §8.2 pattern, length, range and the
 * per-type limits). `required`, expression rules and async rules are applied by the form state.
 */
import type { DataField, FieldOfType } from '@flowforge/contracts';
import type { ErrorDraft } from './form-errors.ts';
import { validateChoice, validateFile } from './validate-choice.ts';
import { validateParts, validateRating } from './validate-composite.ts';
import { validateDate, validateDateRange, validateDateTime, validateTime } from './validate-date.ts';
import { validateNumber } from './validate-number.ts';
import { validateText } from './validate-text.ts';
import type { ValidationEnv } from './validation-env.ts';

type Validator<T extends DataField['type']> = (field: FieldOfType<T>, value: unknown, env: ValidationEnv) => ErrorDraft[];

const noChecks = (): ErrorDraft[] => [];

const VALIDATORS: { [T in DataField['type']]: Validator<T> } = {
  'short-text': validateText, 'long-text': validateText, 'rich-text': validateText, 'email': validateText, 'url': validateText, 'phone': validateText,
  'integer': validateNumber, 'decimal': validateNumber, 'currency': validateNumber, 'percentage': validateNumber,
  'dropdown': validateChoice, 'radio': validateChoice, 'checkbox': validateChoice, 'multi-select': validateChoice,
  'date': validateDate, 'time': validateTime, 'datetime': validateDateTime, 'date-range': validateDateRange,
  'file': validateFile, 'files': validateFile, 'image': validateFile,
  // the host lists candidates with the field's filters; an id is all the runtime can check
  'lookup': noChecks, 'user-picker': noChecks, 'record-link': noChecks,
  'address': validateParts, 'name': validateParts, 'signature': validateParts, 'rating': validateRating,
};

export function validateValue(field: DataField, value: unknown, env: ValidationEnv): ErrorDraft[] {
  const validator = VALIDATORS[field.type] as Validator<DataField['type']>;
  return validator(field, value, env);
}
