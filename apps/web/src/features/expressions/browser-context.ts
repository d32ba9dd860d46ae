import type { EvalContext } from '@flowforge/expressions';

/** The browser's clock and time zone for evaluations (the package itself has neither). */
export function createBrowserEvalContext(): EvalContext {
  return { now: () => Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
