import { describe, expect, it } from 'vitest';
import type { Group } from '@flowforge/contracts';
import { ApiProblem } from '../../lib/api-problem';
import { draftFromGroup, groupFieldErrors, haveRolesChanged, toCreateBody, toggleRole, toUpdateBody, validateGroupDraft } from './group-form';

const GROUP = {
  id: 'g', name: 'Sales', description: '', type: 'dynamic', rule: `department == 'Sales'`, parentId: null,
  roles: [{ id: 'r1', name: 'Member', color: '#000000', systemKey: 'member' }],
} as Group;

describe('group drafts', () => {
  it('creates a static group without a rule and a dynamic one with its trimmed rule', () => {
    const draft = { ...draftFromGroup(undefined), name: ' Finance ', rule: 'ignored' };

    expect(toCreateBody(draft)).toEqual({ name: 'Finance', description: '', type: 'static', rule: null, parentId: null, roleIds: [] });
    expect(toCreateBody({ ...draft, type: 'dynamic', rule: ` location == 'Berlin' ` }).rule).toBe(`location == 'Berlin'`);
  });

  it('sends only the fields that changed', () => {
    const draft = draftFromGroup(GROUP);

    expect(toUpdateBody(draft, GROUP)).toBeNull();
    expect(toUpdateBody({ ...draft, rule: `department == 'Support'`, parentId: 'p' }, GROUP)).toEqual({ rule: `department == 'Support'`, parentId: 'p' });
    expect(toUpdateBody({ ...draft, type: 'static' }, GROUP)).toEqual({ type: 'static' });
  });

  it('notices when the roles changed, whatever their order', () => {
    const draft = toggleRole(draftFromGroup(GROUP), 'r2', true);

    expect(haveRolesChanged(draft, GROUP)).toBe(true);
    expect(haveRolesChanged(toggleRole(draft, 'r2', false), GROUP)).toBe(false);
  });

  it('needs a name, and a rule for a dynamic group', () => {
    expect(validateGroupDraft({ ...draftFromGroup(undefined), type: 'dynamic' })).toEqual({ name: 'required', rule: 'required' });
    expect(validateGroupDraft({ ...draftFromGroup(undefined), name: 'Ok' })).toEqual({});
  });

  it('maps the server field errors to the form fields', () => {
    const problem = new ApiProblem({
      status: 422, code: 'unprocessable', title: 'x',
      errors: [{ pointer: '/parentId', message: 'Cycle' }, { pointer: '/roleIds/1', message: 'No role' }, { pointer: '/x', message: 'Other' }],
    });

    expect(groupFieldErrors(problem)).toEqual({ parentId: 'Cycle', roleIds: 'No role' });
  });
});
