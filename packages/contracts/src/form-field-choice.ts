/**
 * Field types whose value is picked rather than typed (spec §8.1.2): selection (static or
 * expression-driven options, §8.3 options filter), files (size and type limits) and references
 * (lookup, user picker, record link with filters and display fields).
 */
import { z } from 'zod';
import { dataFieldProps, ExpressionSchema } from './form-field-base.ts';

export const FormOptionSchema = z.strictObject({
  value: z.string().min(1).max(500),
  label: z.string().max(500),
  group: z.string().max(200).optional(),
  /** Extra attributes an options filter can read: `${option.division} == ${division}`. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type FormOption = z.infer<typeof FormOptionSchema>;

/**
 * Where the options come from: a static list, or an expression that evaluates to a list of
 * strings or of `{ value, label }` records (e.g. `SPLIT(${tags}, ',')`).
 */
export const OptionsSourceSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('static'), items: z.array(FormOptionSchema) }),
  z.strictObject({ source: z.literal('expression'), expression: ExpressionSchema }),
]);

const selectionProps = {
  options: OptionsSourceSchema,
  /** §8.3 options filter, evaluated per option with `${option}` = `{ value, label, group, ...data }`. */
  optionsFilter: ExpressionSchema.optional(),
};
const countProps = {
  minSelected: z.number().int().min(0).optional(),
  maxSelected: z.number().int().min(1).optional(),
};

export const DropdownFieldSchema = z.strictObject({ type: z.literal('dropdown'), ...dataFieldProps, ...selectionProps });
export const RadioFieldSchema = z.strictObject({ type: z.literal('radio'), ...dataFieldProps, ...selectionProps });
/** Without `options` a single yes/no checkbox (boolean); with `options` a checkbox group (string[]). */
export const CheckboxFieldSchema = z.strictObject({
  type: z.literal('checkbox'), ...dataFieldProps, ...countProps,
  options: OptionsSourceSchema.optional(),
  optionsFilter: ExpressionSchema.optional(),
});
export const MultiSelectFieldSchema = z.strictObject({ type: z.literal('multi-select'), ...dataFieldProps, ...selectionProps, ...countProps });

/** An uploaded file as a form value; the host stores the bytes and hands out the id. */
export const FileRefSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  size: z.number().int().min(0),
  mimeType: z.string().min(1).max(200),
  width: z.number().int().min(0).optional(),
  height: z.number().int().min(0).optional(),
});
export type FileRef = z.infer<typeof FileRefSchema>;

const fileProps = {
  maxSizeBytes: z.number().int().min(1).optional(),
  /** Accepted types: MIME types (`application/pdf`), wildcards (`image/*`) or extensions (`.pdf`). */
  accept: z.array(z.string().min(1)).optional(),
};

export const FileFieldSchema = z.strictObject({ type: z.literal('file'), ...dataFieldProps, ...fileProps });
export const FilesFieldSchema = z.strictObject({
  type: z.literal('files'), ...dataFieldProps, ...fileProps,
  minFiles: z.number().int().min(0).optional(),
  maxFiles: z.number().int().min(1).optional(),
});
export const ImageFieldSchema = z.strictObject({
  type: z.literal('image'), ...dataFieldProps, ...fileProps,
  minWidth: z.number().int().min(1).optional(),
  minHeight: z.number().int().min(1).optional(),
  maxWidth: z.number().int().min(1).optional(),
  maxHeight: z.number().int().min(1).optional(),
});

/** A filter the host applies when it lists candidates: `column operator value(expression)`. */
export const ReferenceFilterSchema = z.strictObject({
  column: z.string().min(1).max(200),
  operator: z.enum(['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte']).default('eq'),
  /** Evaluated against the form, e.g. `${division}`; the runtime exposes the result per field. */
  value: ExpressionSchema,
});

const referenceProps = {
  multiple: z.boolean().default(false),
  /** Columns the UI shows for a candidate (the first one is its label). */
  displayFields: z.array(z.string().min(1)).default([]),
  filters: z.array(ReferenceFilterSchema).default([]),
};

export const LookupFieldSchema = z.strictObject({
  type: z.literal('lookup'), ...dataFieldProps, ...referenceProps,
  dataset: z.string().min(1).max(200),
  valueField: z.string().min(1).default('id'),
});
export const UserPickerFieldSchema = z.strictObject({
  type: z.literal('user-picker'), ...dataFieldProps, ...referenceProps,
  roles: z.array(z.string().min(1)).optional(),
  groups: z.array(z.string().min(1)).optional(),
});
export const RecordLinkFieldSchema = z.strictObject({
  type: z.literal('record-link'), ...dataFieldProps, ...referenceProps,
  target: z.strictObject({
    kind: z.enum(['dataset', 'form', 'process', 'app']),
    id: z.string().min(1).max(200),
  }),
});
