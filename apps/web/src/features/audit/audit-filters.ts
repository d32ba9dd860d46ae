// The audit log's filters as the URL holds them (dates as YYYY-MM-DD in the user's calendar) and
// as the API wants them (instants: `from` inclusive, `to` exclusive).

export interface AuditFilters {
  actorId?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  /** First day shown, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day shown (inclusive), YYYY-MM-DD. */
  to?: string | undefined;
}

export const FILTER_KEYS = ['actorId', 'action', 'resourceType', 'resourceId', 'from', 'to'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of the day, in the browser's time zone, `days` after the given date. */
function localMidnight(date: string, days: number): string | undefined {
  const match = DAY.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}

/** Query parameters for the list and the export; blank filters are left out. */
export function toApiParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['actorId', 'action', 'resourceType', 'resourceId'] as const) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const from = filters.from ? localMidnight(filters.from, 0) : undefined;
  const to = filters.to ? localMidnight(filters.to, 1) : undefined;
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return params;
}

export function exportUrl(filters: AuditFilters): string {
  const query = toApiParams(filters).toString();
  return `/api/v1/audit-logs/export${query ? `?${query}` : ''}`;
}

/** Only the filters that are set, for the URL. */
export function compactFilters(filters: AuditFilters): AuditFilters {
  const compact: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) compact[key] = value;
  }
  return compact;
}

export function hasFilters(filters: AuditFilters): boolean {
  return FILTER_KEYS.some((key) => Boolean(filters[key]?.trim()));
}

/** `user.invited` → suggestions `user.*` and `user.invited`; prefixes first, each once. */
export function actionSuggestions(actions: readonly string[]): string[] {
  const prefixes = actions.map((action) => action.split('.')[0]).filter((prefix): prefix is string => Boolean(prefix)).map((prefix) => `${prefix}.*`);
  return [...new Set([...prefixes.sort(), ...actions])];
}
