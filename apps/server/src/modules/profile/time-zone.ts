/**
 * IANA time zone names as the runtime's time zone database knows them. Browsers and the server may
 * ship different ICU versions (Europe/Kiev vs Europe/Kyiv, UTC not listed by supportedValuesOf), so
 * a name is accepted when it is listed or when Intl can format dates in it.
 */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

let supported: ReadonlySet<string> | undefined;

/** The zone in its canonical case (`europe/berlin` → `Europe/Berlin`), or null for an unknown zone. */
export function normalizeTimeZone(value: string): string | null {
  supported ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (supported.has(value)) return value;
  if (!IANA_NAME.test(value)) return null;
  try {
    // ICU resolves aliases to its own canonical name (Kyiv → Kiev): keep the user's alias, fix only the case.
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    return null;
  }
}
