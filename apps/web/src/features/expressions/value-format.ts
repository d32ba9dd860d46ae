/** The evaluated value as the results panel prints it: JSON, so texts show their quotes. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'null';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
