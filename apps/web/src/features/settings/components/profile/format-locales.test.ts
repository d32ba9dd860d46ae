import { describe, expect, it } from 'vitest';
import { describeFormatExample, describeFormatLocale, FORMAT_LOCALES } from './format-locales';

describe('regional formats', () => {
  it('offers every format with an example in that format', () => {
    expect(FORMAT_LOCALES).toContain('de-CH');
    expect(describeFormatExample('de-DE').replace(/\s/g, ' ')).toBe('31.12.2026, 14:30 · 1.234,5');
    expect(describeFormatExample('en-US').replace(/\s/g, ' ')).toBe('Dec 31, 2026, 2:30 PM · 1,234.5');
  });

  it('names a format in the UI language', () => {
    expect(describeFormatLocale('de-AT', 'en')).toBe('Austrian German');
    expect(describeFormatLocale('en-GB', 'de')).toBe('Englisch (Vereinigtes Königreich)');
  });
});
