/**
 * Building blocks shared by every form field (spec §8.1.2–§8.4): the field key, expression strings,
 * conditional logic (§8.3), validation rules (§8.2) and calculated/default values (§8.4).
 * The concrete field types live in `form-field-*.ts`; the union is in `form-fields.ts`.
 */
import { z } from 'zod';

// names expressions never read (no prototype access) and objects must not be keyed by
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A field key is how expressions refer to the field: `${customerName}`. No dots (those are paths). */
export const FieldKeySchema = z.string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Use letters, digits and _ (not starting with a digit)')
  .max(64)
  .refine((key) => !RESERVED_KEYS.has(key), 'This name is reserved');

/** An expression of the FlowForge formula language, e.g. `${status} == 'rejected'`. */
export const ExpressionSchema = z.string().trim().min(1).max(4000);

/** §8.3 "Value set": when `when` holds after one of the fields it reads changes, the value becomes `value`. */
export const ValueSetRuleSchema = z.strictObject({
  when: ExpressionSchema.optional(),
  value: ExpressionSchema,
});

/** §8.2 validation rules beyond the type's own constraints. `when` makes a rule conditional (§8.3). */
export const FieldRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('expression'),
    expression: ExpressionSchema,
    message: z.string().max(500).optional(),
    when: ExpressionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('unique'),
    scope: z.enum(['form', 'account']).default('form'),
    message: z.string().max(500).optional(),
    when: ExpressionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('async'),
    endpoint: z.string().min(1).max(500),
    message: z.string().max(500).optional(),
    when: ExpressionSchema.optional(),
  }),
]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** Conditional logic every field and layout element can carry (§8.3): show/hide. */
export const visibilityProps = {
  visibleWhen: ExpressionSchema.optional(),
  /** Free presentational settings of the builder (width, icon…); the runtime ignores them. */
  ui: z.record(z.string(), z.unknown()).optional(),
};

/** Properties of every field that holds a value (everything except layout elements). */
export const dataFieldProps = {
  key: FieldKeySchema,
  label: z.string().max(200),
  description: z.string().max(2000).optional(),
  placeholder: z.string().max(200).optional(),
  required: z.boolean().default(false),
  readOnly: z.boolean().default(false),
  /** A literal default, coerced to the field's type when the form opens. */
  defaultValue: z.unknown().optional(),
  /** §8.4 default value computed when the form opens, e.g. `DATEADD(TODAY(), 7, 'days')`. */
  defaultExpression: ExpressionSchema.optional(),
  /** §8.4 calculated value: the field always holds this expression's result and is read-only. */
  calculation: ExpressionSchema.optional(),
  ...visibilityProps,
  enabledWhen: ExpressionSchema.optional(),
  requiredWhen: ExpressionSchema.optional(),
  setValue: z.array(ValueSetRuleSchema).default([]),
  rules: z.array(FieldRuleSchema).default([]),
};

/** Min/max of a number field: a number, or a decimal string for exact currency bounds. */
export const NumberBoundSchema = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);
