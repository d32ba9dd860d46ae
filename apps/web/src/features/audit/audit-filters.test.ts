import { describe, expect, it } from 'vitest';
import { actionSuggestions, compactFilters, exportUrl, hasFilters, toApiParams } from './audit-filters';

describe('audit filters', () => {
  it('sends local-day boundaries as instants, with the last day included', () => {
    const params = toApiParams({ from: '2026-03-01', to: '2026-03-01', action: ' user.* ', actorId: '' });

    expect(params.get('from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(params.get('to')).toBe(new Date(2026, 2, 2).toISOString());
    expect(params.get('action')).toBe('user.*');
    expect(params.has('actorId')).toBe(false);
  });

  it('ignores a date that is not YYYY-MM-DD', () => {
    expect(toApiParams({ from: 'yesterday' }).has('from')).toBe(false);
  });

  it('builds the export URL with the same filters', () => {
    expect(exportUrl({})).toBe('/api/v1/audit-logs/export');
    expect(exportUrl({ resourceType: 'user' })).toBe('/api/v1/audit-logs/export?resourceType=user');
  });

  it('keeps only the filters that are set', () => {
    expect(compactFilters({ action: 'x', actorId: ' ', from: undefined })).toEqual({ action: 'x' });
    expect(hasFilters({ actorId: ' ' })).toBe(false);
    expect(hasFilters({ to: '2026-01-01' })).toBe(true);
  });

  it('suggests each action prefix before the actions', () => {
    expect(actionSuggestions(['user.invited', 'account.created', 'user.removed'])).toEqual(['account.*', 'user.*', 'user.invited', 'account.created', 'user.removed']);
  });
});
