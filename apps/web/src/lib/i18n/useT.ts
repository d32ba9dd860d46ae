import { use } from 'react';
import { I18nContext, type I18nValue, type Translate } from './i18n-context';

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useT() needs an <I18nProvider> above it');
  return value;
}

/** The translate function of the active language: `t('home.title', { name })`. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale() {
  return useI18n().locale;
}
