import { createContext } from 'react';
import type { Formatter } from './formatter';

/** The signed-in user's formatter; without a provider, useFormat() uses the UI language and the browser's zone. */
export const FormatContext = createContext<Formatter | null>(null);
