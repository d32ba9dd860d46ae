import { describe, expect, it } from 'vitest';
import { SERVICE_PERMISSIONS } from '@flowforge/contracts';
import { groupServicePermissions, selectionState, setPermissions } from './permission-groups';

const identity = ((key: string) => key) as Parameters<typeof groupServicePermissions>[0];

describe('groupServicePermissions', () => {
  it('offers every service permission once, grouped by resource, and none of the personal ones', () => {
    const groups = groupServicePermissions(identity);
    const offered = groups.flatMap((group) => group.choices.map((choice) => choice.permission));

    expect(offered).toEqual([...SERVICE_PERMISSIONS]);
    expect(offered).not.toContain('profile:update');
    expect(groups.map((group) => group.resource)).not.toContain('profile');
  });
});

describe('setPermissions', () => {
  it('adds and removes while keeping the catalog order', () => {
    const added = setPermissions(['audit:read'], ['account:read', 'audit:read'], true);

    expect(added).toEqual(['account:read', 'audit:read']);
    expect(setPermissions(added, ['audit:read'], false)).toEqual(['account:read']);
  });
});

describe('selectionState', () => {
  it.each([
    [[], 'none'],
    [['users:read'], 'some'],
    [['users:read', 'users:create'], 'all'],
  ] as const)('is %j → %s', (selected, state) => {
    expect(selectionState(selected, ['users:read', 'users:create'])).toBe(state);
  });
});
