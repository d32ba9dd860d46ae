import { describe, expect, it } from 'vitest';
import { dmnFileName, fileNameFromDisposition } from './file-names';

describe('dmnFileName', () => {
  it('keeps letters, digits, dots and dashes and names the version', () => {
    expect(dmnFileName('Credit risk', 3)).toBe('Credit-risk-v3.dmn');
    expect(dmnFileName('Rabatt: Öl/Gas', 1)).toBe('Rabatt-OlGas-v1.dmn');
    expect(dmnFileName('***', 2)).toBe('decision-v2.dmn');
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name and falls back to the plain one', () => {
    expect(fileNameFromDisposition(`attachment; filename="rabatt-v2.dmn"; filename*=UTF-8''Rabatt%20f%C3%BCr%20Gold%20v2.dmn`)).toBe('Rabatt für Gold v2.dmn');
    expect(fileNameFromDisposition('attachment; filename="rabatt-v2.dmn"')).toBe('rabatt-v2.dmn');
    expect(fileNameFromDisposition('attachment; filename=plain.dmn')).toBe('plain.dmn');
  });

  it('gives null without a usable name and drops path separators', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`)).toBeNull();
    expect(fileNameFromDisposition('attachment; filename="../../etc/x.dmn"')).toBe('....etcx.dmn');
  });
});
