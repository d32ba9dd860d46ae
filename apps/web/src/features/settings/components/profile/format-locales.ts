// The regional formats offered (the server's curated FORMAT_LOCALES; the Record type makes the
// compiler check the list is complete) with a name in the UI language and an example.
import type { FormatLocale } from '@flowforge/contracts';
import { createFormatter } from '../../../../lib/format';

const OFFERED: Record<FormatLocale, true> = {
  'en-US': true, 'en-GB': true, 'en-IE': true, 'en-CA': true, 'en-AU': true, 'en-NZ': true, 'en-IN': true, 'en-ZA': true,
  'de-DE': true, 'de-AT': true, 'de-CH': true, 'fr-FR': true, 'fr-CH': true, 'fr-CA': true, 'it-IT': true, 'it-CH': true, 'es-ES': true, 'es-MX': true,
  'nl-NL': true, 'pt-PT': true, 'pt-BR': true, 'pl-PL': true, 'cs-CZ': true, 'sv-SE': true, 'da-DK': true, 'nb-NO': true, 'fi-FI': true, 'sr-Latn-RS': true,
  'tr-TR': true, 'ja-JP': true, 'zh-CN': true,
};

export const FORMAT_LOCALES = Object.keys(OFFERED) as FormatLocale[];

// 31 Dec 2026, 14:30 UTC and a number with thousands and decimals show what each format does.
const SAMPLE_MOMENT = Date.UTC(2026, 11, 31, 14, 30);
const SAMPLE_NUMBER = 1234.5;

/** "31.12.2026, 14:30 · 1’234.5" in `locale`'s format. */
export function describeFormatExample(locale: string): string {
  const format = createFormatter({ locale, timeZone: 'UTC' });
  return `${format.formatDateTime(SAMPLE_MOMENT)} · ${format.formatNumber(SAMPLE_NUMBER)}`;
}

/** The locale's name in the UI language ("Deutsch (Schweiz)"); the tag itself if the browser has no name for it. */
export function describeFormatLocale(locale: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
