// Puts the user's regional format and time zone in force for everything below it.
import { useMemo, type ReactNode } from 'react';
import { FormatContext } from './format-context';
import { createFormatter } from './formatter';

interface FormatProviderProps {
  locale: string;
  timeZone: string | undefined;
  children: ReactNode;
}

export function FormatProvider({ locale, timeZone, children }: FormatProviderProps) {
  const formatter = useMemo(() => createFormatter({ locale, timeZone }), [locale, timeZone]);
  return <FormatContext value={formatter}>{children}</FormatContext>;
}
