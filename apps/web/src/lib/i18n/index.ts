export { I18nProvider } from './I18nProvider';
export { useLocale, useT } from './useT';
export type { Translate } from './i18n-context';
export { formatMessage } from './format-message';
export { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, detectLocale, isLocale, type Locale } from './locales';
export type { MessageKey, Messages } from './messages/en';
