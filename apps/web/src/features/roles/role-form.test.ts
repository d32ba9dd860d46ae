import { describe, expect, it } from 'vitest';
import type { Role } from '@flowforge/contracts';
import { ApiProblem } from '../../lib/api-problem';
import { draftFromRole, roleFieldErrors, selectionOf, setResourcePermissions, togglePermission, toRoleBody, validateRoleDraft, type RoleDraft } from './role-form';

const EMPTY: RoleDraft = { name: '', color: '#64748b', description: '', permissions: [] };
const AUDIT = ['audit:read', 'audit:export'];

describe('role drafts', () => {
  it('starts empty for a new role and from the role when editing', () => {
    const role = { name: 'Auditor', color: '#0ea5e9', description: 'Reads', permissions: ['audit:read'] } as Role;

    expect(draftFromRole(undefined)).toEqual(EMPTY);
    expect(draftFromRole(role)).toEqual({ name: 'Auditor', color: '#0ea5e9', description: 'Reads', permissions: ['audit:read'] });
  });

  it('turns single permissions on and off', () => {
    const on = togglePermission(EMPTY, 'audit:read', true);

    expect(on.permissions).toEqual(['audit:read']);
    expect(togglePermission(on, 'audit:read', false).permissions).toEqual([]);
    expect(togglePermission(on, 'audit:read', true).permissions).toEqual(['audit:read']);
  });

  it.each([
    [[], 'none'],
    [['audit:read'], 'some'],
    [['audit:export', 'audit:read', 'users:read'], 'all'],
  ] as const)('reports the selection of a resource holding %j as %s', (permissions, expected) => {
    expect(selectionOf({ ...EMPTY, permissions }, AUDIT)).toBe(expected);
  });

  it('selects and clears a whole resource, leaving the others', () => {
    const draft = { ...EMPTY, permissions: ['users:read', 'audit:read'] };

    expect(setResourcePermissions(draft, AUDIT, true).permissions).toEqual(['users:read', 'audit:read', 'audit:export']);
    expect(setResourcePermissions(draft, AUDIT, false).permissions).toEqual(['users:read']);
  });

  it('sends trimmed text, a lower-case colour and permissions in catalog order', () => {
    const draft = { name: ' Auditor ', color: '#0EA5E9', description: ' Reads ', permissions: ['audit:export', 'users:read', 'audit:read'] };

    expect(toRoleBody(draft, ['audit:read', 'audit:export', 'users:read'])).toEqual({
      name: 'Auditor', color: '#0ea5e9', description: 'Reads', permissions: ['audit:read', 'audit:export', 'users:read'],
    });
  });

  it('needs a name and a #rrggbb colour', () => {
    expect(validateRoleDraft({ ...EMPTY, name: '  ', color: 'blue' })).toEqual({ name: 'required', color: 'color' });
    expect(validateRoleDraft({ ...EMPTY, name: 'Ok' })).toEqual({});
  });

  it('maps the server field errors to the form fields', () => {
    const problem = new ApiProblem({
      status: 422, code: 'unprocessable', title: 'x',
      errors: [{ pointer: '/permissions/3', message: 'Unknown' }, { pointer: '/name', message: 'Taken' }, { pointer: '/other', message: 'Ignored' }],
    });

    expect(roleFieldErrors(problem)).toEqual({ permissions: 'Unknown', name: 'Taken' });
    expect(roleFieldErrors(new Error('x'))).toEqual({});
  });
});
