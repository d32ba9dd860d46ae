import { use } from 'react';
import { useLocale } from '../i18n';
import { FormatContext } from './format-context';
import { createFormatter, type Formatter } from './formatter';

// Outside a FormatProvider (sign-in pages, tests): the UI language and the browser's zone, one
// formatter per language for the whole page.
const fallbacks = new Map<string, Formatter>();

function fallbackFor(language: string): Formatter {
  let formatter = fallbacks.get(language);
  if (!formatter) {
    formatter = createFormatter({ locale: language });
    fallbacks.set(language, formatter);
  }
  return formatter;
}

/** Date, time and number formatting in the user's regional format and time zone. */
export function useFormat(): Formatter {
  const provided = use(FormatContext);
  const language = useLocale();
  return provided ?? fallbackFor(language);
}
