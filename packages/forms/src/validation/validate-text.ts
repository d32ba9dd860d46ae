/** Checks of text values: length in characters (code points), pattern, e-mail, URL and phone formats. */
import type { FieldOfType } from '@flowforge/contracts';
import type { ErrorDraft } from './form-errors.ts';
import { compilePattern, matchesPattern } from './validation-env.ts';

type TextField = FieldOfType<'short-text' | 'long-text' | 'rich-text' | 'email' | 'url' | 'phone'>;

// deliberately simple (RFC 5322 is not what users mean): one @, no spaces, a dot in the domain
const EMAIL = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]+$/;
const URL_TEXT = /^([a-z][a-z0-9+.-]*):\/\/[^\s/?#]+[^\s]*$/i;
const PHONE = /^\+?[\d\s().\-/]+$/;

function checkLength(field: TextField, text: string): ErrorDraft[] {
  if (field.type === 'phone') return [];
  const length = [...text].length;
  if (field.minLength !== undefined && length < field.minLength) return [{ code: 'min-length', params: { min: field.minLength, actual: length } }];
  if (field.maxLength !== undefined && length > field.maxLength) return [{ code: 'max-length', params: { max: field.maxLength, actual: length } }];
  return [];
}

function checkPattern(field: TextField, text: string): ErrorDraft[] {
  if (field.type === 'rich-text' || field.pattern === undefined) return [];
  const pattern = compilePattern(field.pattern);
  if (pattern === null || matchesPattern(pattern, text)) return [];
  return [{ code: 'pattern', params: { pattern: field.pattern }, message: field.patternMessage }];
}

function checkEmail(field: FieldOfType<'email'>, text: string): ErrorDraft[] {
  if (!EMAIL.test(text)) return [{ code: 'invalid-email' }];
  const domain = text.slice(text.lastIndexOf('@') + 1).toLowerCase();
  const allowed = field.allowedDomains;
  if (allowed && !allowed.some((entry) => entry.toLowerCase() === domain)) return [{ code: 'domain', params: { domains: allowed } }];
  return [];
}

function checkUrl(field: FieldOfType<'url'>, text: string): ErrorDraft[] {
  const match = URL_TEXT.exec(text);
  if (!match) return [{ code: 'invalid-url' }];
  const protocol = (match[1] as string).toLowerCase();
  return field.protocols.includes(protocol) ? [] : [{ code: 'protocol', params: { protocols: field.protocols } }];
}

function checkPhone(field: FieldOfType<'phone'>, text: string): ErrorDraft[] {
  if (field.mask !== undefined) return []; // the mask decided already
  const digits = text.replace(/\D/g, '').length;
  // E.164 allows at most 15 digits; fewer than 3 is no number anywhere
  return PHONE.test(text) && digits >= 3 && digits <= 15 ? [] : [{ code: 'invalid-phone' }];
}

function checkFormat(field: TextField, text: string): ErrorDraft[] {
  if (field.type === 'email') return checkEmail(field, text);
  if (field.type === 'url') return checkUrl(field, text);
  if (field.type === 'phone') return checkPhone(field, text);
  return [];
}

export function validateText(field: TextField, value: unknown): ErrorDraft[] {
  const text = value as string;
  const format = checkFormat(field, text);
  if (format.length > 0) return format;
  return [...checkLength(field, text), ...checkPattern(field, text)];
}
