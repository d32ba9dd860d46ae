import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSessionToken } from './session-cookie.ts';

const SECRET = 'a-test-secret-of-sufficient-length-123';
const sign = (token: string) => encodeURIComponent(`${token}.${createHmac('sha256', SECRET).update(token).digest('base64')}`);

describe('readSessionToken', () => {
  it('returns the token of a correctly signed cookie among others', () => {
    expect(readSessionToken(`theme=dark; flowforge.session_token=${sign('abc123')}; x=1`, SECRET)).toBe('abc123');
  });

  it('accepts the __Secure- cookie used behind https', () => {
    expect(readSessionToken(`__Secure-flowforge.session_token=${sign('tok')}`, SECRET)).toBe('tok');
  });

  it.each([
    ['no cookie header', undefined],
    ['no session cookie', 'theme=dark'],
    ['an unsigned token', 'flowforge.session_token=abc123'],
    ['a forged signature', `flowforge.session_token=${encodeURIComponent('abc123.AAAA')}`],
    ['a signature for another token', `flowforge.session_token=${sign('abc123').replace('abc123', 'abc124')}`],
    ['a broken encoding', 'flowforge.session_token=%E0%A4%A'],
  ])('returns null for %s', (_case, header) => {
    expect(readSessionToken(header, SECRET)).toBeNull();
  });
});
