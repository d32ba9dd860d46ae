import { describe, expect, it } from 'vitest';
import { readUserAccess } from './user-access';
import { buildUserListPath } from './users-api';

describe('buildUserListPath', () => {
  it('leaves empty filters out', () => {
    expect(buildUserListPath({ q: '', status: '', roleId: '', sort: 'name' }, null)).toBe('/api/v1/users?limit=50&sort=name');
  });

  it('encodes search, filters and the cursor', () => {
    expect(buildUserListPath({ q: 'ann & co', status: 'pending', roleId: 'r1', sort: '-lastLoginAt' }, 'abc=')).toBe(
      '/api/v1/users?limit=50&sort=-lastLoginAt&q=ann+%26+co&status=pending&roleId=r1&cursor=abc%3D',
    );
  });
});

describe('readUserAccess', () => {
  it('reads the user permissions and whether the caller is an owner', () => {
    expect(readUserAccess({ permissions: ['users:read', 'users:update'], account: { roles: ['Admin'] } })).toEqual({ canCreate: false, canUpdate: true, canDelete: false, canGiveOwner: false });
    expect(readUserAccess({ permissions: [], account: { roles: ['Owner'] } })).toMatchObject({ canGiveOwner: true });
  });
});
