/** Reads raw input (typed, submitted or calculated) as the value of a field of any type. */
import type { DataField, FieldOfType } from '@flowforge/contracts';
import { coerceChoice, coerceFile, coerceReference } from './coerce-choice.ts';
import { coerceParts, coerceRating } from './coerce-composite.ts';
import { coerceDate, coerceDateRange, coerceDateTime, coerceTime } from './coerce-date.ts';
import { coerceNumber } from './coerce-number.ts';
import { coerceText } from './coerce-text.ts';
import type { CoerceOptions, Coerced } from './coerced.ts';

type Coercer<T extends DataField['type']> = (field: FieldOfType<T>, raw: unknown, options: CoerceOptions) => Coerced;

const COERCERS: { [T in DataField['type']]: Coercer<T> } = {
  'short-text': coerceText, 'long-text': coerceText, 'rich-text': coerceText, 'email': coerceText, 'url': coerceText, 'phone': coerceText,
  'integer': coerceNumber, 'decimal': coerceNumber, 'currency': coerceNumber, 'percentage': coerceNumber,
  'dropdown': coerceChoice, 'radio': coerceChoice, 'checkbox': coerceChoice, 'multi-select': coerceChoice,
  'date': coerceDate, 'time': coerceTime, 'datetime': coerceDateTime, 'date-range': coerceDateRange,
  'file': coerceFile, 'files': coerceFile, 'image': coerceFile,
  'lookup': coerceReference, 'user-picker': coerceReference, 'record-link': coerceReference,
  'address': coerceParts, 'name': coerceParts, 'signature': coerceParts, 'rating': coerceRating,
};

/**
 * The field's value for raw input: see each coercer for the representation of its types.
 * Never throws; input that cannot be read comes back unchanged with an error.
 */
export function coerceValue(field: DataField, raw: unknown, options: CoerceOptions): Coerced {
  const coercer = COERCERS[field.type] as Coercer<DataField['type']>;
  return coercer(field, raw, options);
}
