import { describe, expect, it } from 'vitest';
import type { User } from '@flowforge/contracts';
import { buildUpdateBody, readUserForm } from './user-form';

const user: User = {
  id: 'u1', email: 'ada@example.com', name: 'Ada', image: null, status: 'active', roleIds: ['r1'], roles: [{ id: 'r1', name: 'Member', color: '#2563eb' }],
  groupIds: [], profile: { title: 'Countess', costCenter: 'C-1' }, externalId: null, lastLoginAt: null, createdAt: '2026-01-01T00:00:00Z', createdBy: null,
};

describe('user form', () => {
  it('reads the profile fields and leaves missing ones empty', () => {
    expect(readUserForm(user)).toEqual({
      name: 'Ada', profile: { title: 'Countess', department: '', phone: '', location: '' }, roleIds: ['r1'], status: 'active', externalId: '',
    });
  });

  it('keeps unknown profile keys, drops emptied ones and trims', () => {
    const values = { ...readUserForm(user), name: ' Ada L. ', profile: { title: '', department: ' Maths ', phone: '', location: '' }, externalId: ' E-1 ', status: 'suspended' as const };

    expect(buildUpdateBody(user, values)).toEqual({
      name: 'Ada L.', profile: { costCenter: 'C-1', department: 'Maths' }, roleIds: ['r1'], externalId: 'E-1', status: 'suspended',
    });
  });

  it('never sends a status for a pending member', () => {
    const pending = { ...user, status: 'pending' as const };

    expect(buildUpdateBody(pending, readUserForm(pending))).not.toHaveProperty('status');
  });
});
