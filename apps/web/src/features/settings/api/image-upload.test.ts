import { describe, expect, it } from 'vitest';
import { checkImageFile, imageMegabytes } from './image-upload';

describe('checkImageFile', () => {
  it.each(['image/png', 'image/jpeg', 'image/webp', 'image/gif'])('accepts a small %s', (type) => {
    expect(checkImageFile({ type, size: 20_000 })).toBeNull();
  });

  it('accepts exactly 1 MB', () => {
    expect(checkImageFile({ type: 'image/png', size: 1_048_576 })).toBeNull();
  });

  it('refuses a file over 1 MB with its size', () => {
    expect(checkImageFile({ type: 'image/jpeg', size: 1_468_007 })).toEqual({ kind: 'too-large', bytes: 1_468_007 });
  });

  it.each(['image/svg+xml', 'application/pdf', ''])('refuses the type %j', (type) => {
    expect(checkImageFile({ type, size: 100 })).toEqual({ kind: 'unsupported-type' });
  });
});

describe('imageMegabytes', () => {
  it.each([[1_048_576, 1], [1_048_577, 1.1], [1_258_291, 1.2], [1_468_006, 1.4], [1_468_007, 1.5]])('states %d bytes as %d MB', (bytes, megabytes) => {
    expect(imageMegabytes(bytes)).toBe(megabytes);
  });
});
