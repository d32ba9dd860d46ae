/**
 * The form field union of spec §8.1.2, discriminated on `type`. Layout elements are fields too:
 * they have a key (so conditions and the layout can name them) but hold no value.
 */
import { z } from 'zod';
import {
  CheckboxFieldSchema, DropdownFieldSchema, FileFieldSchema, FilesFieldSchema, ImageFieldSchema, LookupFieldSchema,
  MultiSelectFieldSchema, RadioFieldSchema, RecordLinkFieldSchema, UserPickerFieldSchema,
} from './form-field-choice.ts';
import {
  CurrencyFieldSchema, DateFieldSchema, DateRangeFieldSchema, DateTimeFieldSchema, DecimalFieldSchema, EmailFieldSchema,
  IntegerFieldSchema, LongTextFieldSchema, PercentageFieldSchema, PhoneFieldSchema, RichTextFieldSchema, ShortTextFieldSchema,
  TimeFieldSchema, UrlFieldSchema,
} from './form-field-input.ts';
import {
  AddressFieldSchema, ColumnsFieldSchema, DividerFieldSchema, NameFieldSchema, RatingFieldSchema, SectionFieldSchema,
  SignatureFieldSchema, TabsFieldSchema,
} from './form-field-structure.ts';

export const FormFieldSchema = z.discriminatedUnion('type', [
  ShortTextFieldSchema, LongTextFieldSchema, RichTextFieldSchema, EmailFieldSchema, UrlFieldSchema, PhoneFieldSchema,
  IntegerFieldSchema, DecimalFieldSchema, CurrencyFieldSchema, PercentageFieldSchema,
  DropdownFieldSchema, RadioFieldSchema, CheckboxFieldSchema, MultiSelectFieldSchema,
  DateFieldSchema, TimeFieldSchema, DateTimeFieldSchema, DateRangeFieldSchema,
  FileFieldSchema, FilesFieldSchema, ImageFieldSchema,
  LookupFieldSchema, UserPickerFieldSchema, RecordLinkFieldSchema,
  AddressFieldSchema, NameFieldSchema, RatingFieldSchema, SignatureFieldSchema,
  SectionFieldSchema, TabsFieldSchema, ColumnsFieldSchema, DividerFieldSchema,
]);
export type FormField = z.infer<typeof FormFieldSchema>;
export type FormFieldType = FormField['type'];

/** Every field type by category (spec §8.1.2). */
export const FORM_FIELD_CATEGORIES = {
  text: ['short-text', 'long-text', 'rich-text', 'email', 'url', 'phone'],
  number: ['integer', 'decimal', 'currency', 'percentage'],
  selection: ['dropdown', 'radio', 'checkbox', 'multi-select'],
  dateTime: ['date', 'time', 'datetime', 'date-range'],
  file: ['file', 'files', 'image'],
  reference: ['lookup', 'user-picker', 'record-link'],
  composite: ['address', 'name', 'rating', 'signature'],
  layout: ['section', 'tabs', 'columns', 'divider'],
} as const satisfies Record<string, readonly FormFieldType[]>;

export type LayoutFieldType = (typeof FORM_FIELD_CATEGORIES.layout)[number];
/** A layout element: section, tabs, columns or divider. */
export type LayoutField = Extract<FormField, { type: LayoutFieldType }>;
/** A field that holds a value (every type except the layout elements). */
export type DataField = Exclude<FormField, { type: LayoutFieldType }>;
/** The field of one type: `FieldOfType<'currency'>`. */
export type FieldOfType<T extends FormFieldType> = Extract<FormField, { type: T }>;
