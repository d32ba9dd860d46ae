/**
 * Reads better-auth's signed session cookie (`<token>.<base64 HMAC-SHA256(token)>`, URI-encoded)
 * without a round trip through better-auth, so resolving a request's session costs one query.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const COOKIE_NAMES = ['__Secure-flowforge.session_token', 'flowforge.session_token'];

/** The verified session token from a Cookie header, or null when absent or tampered with. */
export function readSessionToken(cookieHeader: string | undefined, secret: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || !COOKIE_NAMES.includes(part.slice(0, eq).trim())) continue;
    const value = safeDecode(part.slice(eq + 1).trim());
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const token = value.slice(0, dot);
    return hasValidSignature(token, value.slice(dot + 1), secret) ? token : null;
  }
  return null;
}

function hasValidSignature(token: string, signature: string, secret: string): boolean {
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
