// The languages FlowForge speaks. To add one: write messages/<code>.ts (`satisfies Messages`),
// then add it to LOCALES, MESSAGES and LOCALE_NAMES below. The server accepts the same codes.
import { de } from './messages/de';
import { en, type Messages } from './messages/en';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, de };

/** Each language's name in that language, so a speaker finds it whatever is active. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from the browser's list (`de-AT` → `de`). */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
