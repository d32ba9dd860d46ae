// The time zones to pick from: the browser's list (plus the saved zone if this browser lacks it),
// each with its current UTC offset, and a filter that matches "berlin", "new york" or "+05:30".

export interface TimeZoneOption {
  zone: string;
  /** "GMT+1", "GMT-4:30"; empty when the browser cannot say. */
  offset: string;
}

function offsetOf(zone: string, now: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function listTimeZoneOptions(options: { now: number; include: readonly string[] }): TimeZoneOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  for (const zone of options.include) if (zone !== '') zones.add(zone);
  return [...zones].sort().map((zone) => ({ zone, offset: offsetOf(zone, options.now) }));
}

function simplify(text: string): string {
  return text.toLowerCase().replaceAll('_', ' ');
}

/** Options whose name or offset contains the query (underscores read as spaces); `keep` always stays. */
export function filterTimeZoneOptions(options: readonly TimeZoneOption[], filter: { query: string; keep: string }): TimeZoneOption[] {
  const query = simplify(filter.query.trim());
  if (query === '') return [...options];
  return options.filter((option) => option.zone === filter.keep || simplify(`${option.zone} ${option.offset}`).includes(query));
}
