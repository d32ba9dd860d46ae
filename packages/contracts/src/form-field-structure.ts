/**
 * Structured field types of spec §8.1.2: composites (address, name, rating, signature) whose value is
 * an object with configurable sub-fields, and layout elements (section, tabs, columns, divider) that
 * arrange other fields by key, can collapse and can be shown conditionally.
 */
import { z } from 'zod';
import { dataFieldProps, FieldKeySchema, ExpressionSchema, visibilityProps } from './form-field-base.ts';

export const SubFieldConfigSchema = z.strictObject({
  enabled: z.boolean().default(true),
  required: z.boolean().default(false),
  label: z.string().max(200).optional(),
  pattern: z.string().min(1).max(1000).optional(),
  maxLength: z.number().int().min(1).optional(),
});
export type SubFieldConfig = z.infer<typeof SubFieldConfigSchema>;

export const ADDRESS_PARTS = ['street', 'street2', 'city', 'region', 'postalCode', 'country'] as const;
export const NAME_PARTS = ['prefix', 'first', 'middle', 'last', 'suffix'] as const;
export const SIGNATURE_PARTS = ['signerName', 'signedAt'] as const;

function subFields<const Part extends string>(parts: readonly Part[]) {
  const shape = Object.fromEntries(parts.map((part) => [part, SubFieldConfigSchema.optional()])) as Record<Part, z.ZodOptional<typeof SubFieldConfigSchema>>;
  return z.strictObject(shape).default({} as never);
}

export const AddressFieldSchema = z.strictObject({
  type: z.literal('address'), ...dataFieldProps,
  subFields: subFields(ADDRESS_PARTS),
  /** Accepted ISO 3166-1 alpha-2 countries, when given. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
});
export const NameFieldSchema = z.strictObject({
  type: z.literal('name'), ...dataFieldProps,
  subFields: subFields(NAME_PARTS),
});
export const RatingFieldSchema = z.strictObject({
  type: z.literal('rating'), ...dataFieldProps,
  max: z.number().int().min(1).max(10).default(5),
  allowHalf: z.boolean().default(false),
});
/** Value `{ image, signerName?, signedAt? }`: `image` is a file id or a `data:image/…` URL. */
export const SignatureFieldSchema = z.strictObject({
  type: z.literal('signature'), ...dataFieldProps,
  subFields: subFields(SIGNATURE_PARTS),
});

const layoutProps = {
  key: FieldKeySchema,
  ...visibilityProps,
};
const ChildrenSchema = z.array(FieldKeySchema).default([]);

export const SectionFieldSchema = z.strictObject({
  type: z.literal('section'), ...layoutProps,
  label: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  collapsible: z.boolean().default(false),
  collapsed: z.boolean().default(false),
  children: ChildrenSchema,
});
export const TabsFieldSchema = z.strictObject({
  type: z.literal('tabs'), ...layoutProps,
  tabs: z.array(z.strictObject({
    key: FieldKeySchema,
    label: z.string().max(200),
    visibleWhen: ExpressionSchema.optional(),
    children: ChildrenSchema,
  })).min(1),
});
export const ColumnsFieldSchema = z.strictObject({
  type: z.literal('columns'), ...layoutProps,
  columns: z.array(z.strictObject({
    /** Share of a 12-column grid. */
    width: z.number().int().min(1).max(12).optional(),
    children: ChildrenSchema,
  })).min(1),
});
export const DividerFieldSchema = z.strictObject({
  type: z.literal('divider'), ...layoutProps,
  label: z.string().max(200).optional(),
});
