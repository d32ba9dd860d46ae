import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './secret-box.ts';

const key = { secret: 'instance-secret-that-is-long-enough', purpose: 'test/password' };

describe('secret box', () => {
  it('round-trips a secret and never stores it in clear', () => {
    const sealed = encryptSecret(key, 'pä55 wörd');

    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('pä55');
    expect(decryptSecret(key, sealed)).toBe('pä55 wörd');
  });

  it('uses a fresh nonce each time', () => {
    expect(encryptSecret(key, 'same')).not.toBe(encryptSecret(key, 'same'));
  });

  it('refuses a tampered value or another key', () => {
    const sealed = encryptSecret(key, 'secret');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;

    expect(() => decryptSecret(key, tampered)).toThrow();
    expect(() => decryptSecret({ ...key, purpose: 'other' }, sealed)).toThrow();
    expect(() => decryptSecret(key, 'v0.abc')).toThrow('Unknown secret format');
  });
});
