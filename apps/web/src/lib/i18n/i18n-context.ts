import { createContext } from 'react';
import type { MessageParams } from './format-message';
import type { Locale } from './locales';
import type { MessageKey } from './messages/en';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  locale: Locale;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);
