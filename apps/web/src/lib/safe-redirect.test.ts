import { describe, expect, it } from 'vitest';
import { resolveSafeRedirect } from './safe-redirect';

describe('resolveSafeRedirect', () => {
  it.each([
    ['/settings', '/settings'],
    ['/settings?tab=profile#x', '/settings?tab=profile#x'],
    ['/', '/'],
    [undefined, '/'],
    [42, '/'],
    ['', '/'],
    ['settings', '/'],
    ['https://evil.test/', '/'],
    ['//evil.test', '/'],
    ['/\\evil.test', '/'],
    ['/\tfoo', '/'],
    ['/sign-in', '/'],
    ['/sign-in?redirect=%2F', '/'],
    ['/sign-up', '/'],
  ])('resolves %j to %j', (target, expected) => {
    expect(resolveSafeRedirect(target)).toBe(expected);
  });
});
