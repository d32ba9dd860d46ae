/** One input row of a batch, as read from NDJSON or CSV: the inputs, or why the row cannot be read. */
export type BatchRow = { inputs: Record<string, unknown>; error?: undefined } | { inputs?: undefined; error: string };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
