import type { FormContext } from '@flowforge/forms';

/** The browser's clock and time zone for the form runtime; the preview has no unique/endpoint hooks. */
export function createBrowserFormContext(): FormContext {
  return { now: () => Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
