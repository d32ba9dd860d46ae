/**
 * Typed-in field types of spec §8.1.2: text (masking, formatting), number (min/max, precision) and
 * date/time (calendars, time zones). Value representations are documented in packages/forms/README.md.
 */
import { z } from 'zod';
import { dataFieldProps, NumberBoundSchema } from './form-field-base.ts';

const lengthProps = {
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).optional(),
};

const patternProps = {
  /** A regular expression (ECMAScript syntax, whole value), e.g. `^[A-Z]{3}[0-9]{4}$`. */
  pattern: z.string().min(1).max(1000).optional(),
  patternMessage: z.string().max(500).optional(),
};

/**
 * An input mask: `9` a digit, `a` a letter, `*` a letter or digit, `\` escapes; anything else is
 * a literal inserted while typing, e.g. `(999) 999-9999`. The value is stored as displayed.
 */
export const InputMaskSchema = z.string().min(1).max(100);

/** Formatting applied to the typed text before it is stored. */
export const TextCaseSchema = z.enum(['none', 'upper', 'lower']);

export const ShortTextFieldSchema = z.strictObject({
  type: z.literal('short-text'), ...dataFieldProps, ...lengthProps, ...patternProps,
  mask: InputMaskSchema.optional(),
  textCase: TextCaseSchema.default('none'),
});
export const LongTextFieldSchema = z.strictObject({
  type: z.literal('long-text'), ...dataFieldProps, ...lengthProps, ...patternProps,
  rows: z.number().int().min(1).max(50).optional(),
});
export const RichTextFieldSchema = z.strictObject({
  type: z.literal('rich-text'), ...dataFieldProps, ...lengthProps,
  format: z.enum(['markdown', 'html']).default('markdown'),
});
export const EmailFieldSchema = z.strictObject({
  type: z.literal('email'), ...dataFieldProps, ...lengthProps, ...patternProps,
  /** Only addresses of these domains are accepted (`example.com`), when given. */
  allowedDomains: z.array(z.string().min(1)).optional(),
});
export const UrlFieldSchema = z.strictObject({
  type: z.literal('url'), ...dataFieldProps, ...lengthProps, ...patternProps,
  protocols: z.array(z.string().regex(/^[a-z][a-z0-9+.-]*$/)).default(['https', 'http']),
});
export const PhoneFieldSchema = z.strictObject({
  type: z.literal('phone'), ...dataFieldProps, ...patternProps,
  mask: InputMaskSchema.optional(),
  /** ISO 3166-1 alpha-2 country used by the UI for the dialling prefix. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
});

const numberProps = {
  min: NumberBoundSchema.optional(),
  max: NumberBoundSchema.optional(),
};

export const IntegerFieldSchema = z.strictObject({
  type: z.literal('integer'), ...dataFieldProps, ...numberProps,
  step: z.number().int().min(1).optional(),
});
export const DecimalFieldSchema = z.strictObject({
  type: z.literal('decimal'), ...dataFieldProps, ...numberProps,
  /** Digits after the decimal point. */
  precision: z.number().int().min(0).max(10).default(2),
});
export const CurrencyFieldSchema = z.strictObject({
  type: z.literal('currency'), ...dataFieldProps, ...numberProps,
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  precision: z.number().int().min(0).max(6).default(2),
});
export const PercentageFieldSchema = z.strictObject({
  type: z.literal('percentage'), ...dataFieldProps, ...numberProps,
  /** Digits after the decimal point of the displayed percent (12.5 % → 1). Values are fractions (0.125). */
  precision: z.number().int().min(0).max(8).default(0),
});

/** A date bound: an ISO date (`2025-01-31`) or `today` in the form's time zone. */
const DateBoundSchema = z.union([z.literal('today'), z.iso.date()]);
/** A date-time bound: an ISO date-time with offset or `now`. */
const DateTimeBoundSchema = z.union([z.literal('now'), z.iso.datetime({ offset: true })]);
const TimeBoundSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
/** An IANA time zone such as `Europe/Berlin`; the host checks it exists. */
export const TimeZoneSchema = z.string().min(1).max(64);

export const DateFieldSchema = z.strictObject({
  type: z.literal('date'), ...dataFieldProps,
  min: DateBoundSchema.optional(),
  max: DateBoundSchema.optional(),
  /** Time zone that decides what `today` is; the context's zone when absent. */
  timeZone: TimeZoneSchema.optional(),
});
export const TimeFieldSchema = z.strictObject({
  type: z.literal('time'), ...dataFieldProps,
  min: TimeBoundSchema.optional(),
  max: TimeBoundSchema.optional(),
  stepMinutes: z.number().int().min(1).max(720).optional(),
});
export const DateTimeFieldSchema = z.strictObject({
  type: z.literal('datetime'), ...dataFieldProps,
  min: DateTimeBoundSchema.optional(),
  max: DateTimeBoundSchema.optional(),
  /** Zone in which a typed wall-clock time (no offset) is read; the context's zone when absent. */
  timeZone: TimeZoneSchema.optional(),
});
export const DateRangeFieldSchema = z.strictObject({
  type: z.literal('date-range'), ...dataFieldProps,
  min: DateBoundSchema.optional(),
  max: DateBoundSchema.optional(),
  minDays: z.number().int().min(1).optional(),
  maxDays: z.number().int().min(1).optional(),
  timeZone: TimeZoneSchema.optional(),
});
