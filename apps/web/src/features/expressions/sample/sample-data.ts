/** The playground's sample data: the default shown on first open and reading what the user typed. */

/** Values for every field the spec's examples read. */
export const DEFAULT_SAMPLE_DATA: Readonly<Record<string, unknown>> = {
  amount: 1250.5,
  region: 'EU',
  type: 'A',
  category: 'sales',
  lineItems: [{ amount: 400 }, { amount: 850.5 }],
  firstName: 'Ada',
  lastName: 'Lovelace',
  startDate: '2025-01-31',
  notes: '',
  code: 'PRJ-1042',
  record: { amount: 12000 },
};

export const DEFAULT_SAMPLE_TEXT = JSON.stringify(DEFAULT_SAMPLE_DATA, null, 2);

export type SampleParse =
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; problem: 'syntax'; detail: string }
  | { ok: false; problem: 'not-object' };

/** Reads the sample data text: it must be a JSON object. */
export function parseSampleData(text: string): SampleParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, problem: 'not-object' };
  return { ok: true, values: parsed as Record<string, unknown> };
}
