/**
 * The form definition of spec §8.1.1 as it travels on the wire (camelCase; the owning account is
 * implied by the request, never part of the body), plus the error shape the form runtime reports.
 * Fields are in `form-fields.ts`; their building blocks in `form-field-base.ts`.
 */
import { z } from 'zod';
import { ExpressionSchema, FieldKeySchema } from './form-field-base.ts';
import { FormFieldSchema } from './form-fields.ts';

/** Field arrangement: top-level order; fields not placed anywhere follow in `fields` order. */
export const FormLayoutSchema = z.strictObject({
  items: z.array(FieldKeySchema).default([]),
  labelPosition: z.enum(['top', 'left']).default('top'),
  width: z.enum(['narrow', 'normal', 'wide']).default('normal'),
});

/** A form-level (cross-field) validation: holds when `expression` is true; errors go to `fields`. */
export const FormValidationRuleSchema = z.strictObject({
  key: FieldKeySchema,
  expression: ExpressionSchema,
  message: z.string().min(1).max(500),
  /** Fields the error is reported on; a form-level error (`field: null`) when empty. */
  fields: z.array(FieldKeySchema).default([]),
  when: ExpressionSchema.optional(),
});
export type FormValidationRule = z.infer<typeof FormValidationRuleSchema>;

export const SubmissionActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('store') }),
  z.strictObject({ type: z.literal('start-process'), processId: z.string().min(1) }),
  z.strictObject({ type: z.literal('create-record'), datasetId: z.string().min(1), mapping: z.record(z.string(), FieldKeySchema).default({}) }),
]);

export const SubmissionConfigSchema = z.strictObject({
  submitLabel: z.string().min(1).max(100).default('Submit'),
  successMessage: z.string().max(2000).optional(),
  redirectUrl: z.url().optional(),
  allowDrafts: z.boolean().default(false),
  /** Whether one user may submit more than once. */
  allowMultiple: z.boolean().default(true),
  action: SubmissionActionSchema.default({ type: 'store' }),
});

export const FormPrincipalSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('everyone') }),
  z.strictObject({ type: z.literal('anonymous') }),
  z.strictObject({ type: z.literal('role'), role: z.string().min(1) }),
  z.strictObject({ type: z.literal('group'), groupId: z.string().min(1) }),
  z.strictObject({ type: z.literal('user'), userId: z.string().min(1) }),
]);

/** Who may see, submit and edit the form; account owners and admins always may. */
export const FormPermissionsSchema = z.strictObject({
  view: z.array(FormPrincipalSchema).default([{ type: 'everyone' }]),
  submit: z.array(FormPrincipalSchema).default([{ type: 'everyone' }]),
  manage: z.array(FormPrincipalSchema).default([]),
});

export const FormDefinitionSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(10_000).default(''),
  layout: FormLayoutSchema.default({ items: [], labelPosition: 'top', width: 'normal' }),
  fields: z.array(FormFieldSchema).max(1000),
  validationRules: z.array(FormValidationRuleSchema).default([]),
  submissionConfig: SubmissionConfigSchema.default({ submitLabel: 'Submit', allowDrafts: false, allowMultiple: true, action: { type: 'store' } }),
  permissions: FormPermissionsSchema.default({ view: [{ type: 'everyone' }], submit: [{ type: 'everyone' }], manage: [] }),
  version: z.number().int().min(1),
});
/** A parsed form definition (defaults applied). */
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
/** A form definition as written (defaults optional). */
export type FormDefinitionInput = z.input<typeof FormDefinitionSchema>;

/** Codes of form errors; the UI translates them, `params` carries the numbers. */
export const FORM_ERROR_CODES = [
  'required', 'invalid-type', 'invalid-number', 'invalid-integer', 'invalid-date', 'invalid-time', 'invalid-datetime',
  'invalid-email', 'invalid-url', 'invalid-phone', 'invalid-option', 'invalid-file', 'pattern', 'mask',
  'min-length', 'max-length', 'min', 'max', 'step', 'precision', 'min-items', 'max-items',
  'file-too-large', 'file-type', 'image-too-small', 'image-too-large', 'date-range-order', 'min-days', 'max-days',
  'domain', 'protocol', 'country', 'custom', 'unique', 'async', 'unavailable',
] as const;
export const FormErrorCodeSchema = z.enum(FORM_ERROR_CODES);
export type FormErrorCode = z.infer<typeof FormErrorCodeSchema>;

/** One validation error: on a field (`field`, may be a sub-field path `address.city`) or the form (`null`). */
export const FormErrorSchema = z.object({
  field: z.string().nullable(),
  code: FormErrorCodeSchema,
  message: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type FormError = z.infer<typeof FormErrorSchema>;

/** Submitted form values keyed by field key. */
export const FormValuesSchema = z.record(FieldKeySchema, z.unknown());
export type FormValues = z.infer<typeof FormValuesSchema>;
