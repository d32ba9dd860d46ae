import { useMemo, type ReactNode } from 'react';
import { formatMessage } from './format-message';
import { I18nContext, type I18nValue } from './i18n-context';
import { MESSAGES, type Locale } from './locales';

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => {
    const messages = MESSAGES[locale];
    return { locale, t: (key, params) => formatMessage(messages[key], params) };
  }, [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
