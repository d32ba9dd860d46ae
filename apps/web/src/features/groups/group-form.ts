// The group drawer's draft and what it sends: a new group in one POST; an existing one as a PATCH
// of the fields that changed plus, when they changed, a PUT of its roles.
import type { CreateGroupBody, Group, GroupType, UpdateGroupBody } from '@flowforge/contracts';
import { collectFieldErrors, isApiProblem } from '../../lib/api-problem';

export interface GroupDraft {
  name: string;
  description: string;
  type: GroupType;
  rule: string;
  parentId: string | null;
  roleIds: readonly string[];
}

export type GroupField = 'name' | 'description' | 'type' | 'rule' | 'parentId' | 'roleIds';
const FIELDS: readonly GroupField[] = ['name', 'description', 'type', 'rule', 'parentId', 'roleIds'];

export function draftFromGroup(group: Group | undefined): GroupDraft {
  if (!group) return { name: '', description: '', type: 'static', rule: '', parentId: null, roleIds: [] };
  return {
    name: group.name, description: group.description, type: group.type, rule: group.rule ?? '',
    parentId: group.parentId, roleIds: group.roles.map((role) => role.id),
  };
}

export function toCreateBody(draft: GroupDraft): CreateGroupBody {
  return {
    name: draft.name.trim(), description: draft.description.trim(), type: draft.type,
    rule: draft.type === 'dynamic' ? draft.rule.trim() : null, parentId: draft.parentId, roleIds: [...draft.roleIds],
  };
}

/** Only what changed, so an unchanged rule is not re-evaluated; null when nothing did. */
export function toUpdateBody(draft: GroupDraft, group: Group): UpdateGroupBody | null {
  const next = toCreateBody(draft);
  const body: UpdateGroupBody = {};
  if (next.name !== group.name) body.name = next.name;
  if (next.description !== group.description) body.description = next.description;
  if (next.type !== group.type) body.type = next.type;
  if (next.type === 'dynamic' && next.rule !== group.rule) body.rule = next.rule;
  if (next.parentId !== group.parentId) body.parentId = next.parentId;
  return Object.keys(body).length === 0 ? null : body;
}

export function haveRolesChanged(draft: GroupDraft, group: Group): boolean {
  const current = group.roles.map((role) => role.id).sort();
  return [...draft.roleIds].sort().join() !== current.join();
}

export function toggleRole(draft: GroupDraft, roleId: string, isOn: boolean): GroupDraft {
  const others = draft.roleIds.filter((id) => id !== roleId);
  return { ...draft, roleIds: isOn ? [...others, roleId] : others };
}

/** What the browser can tell before sending: a name, and a rule for a dynamic group. */
export function validateGroupDraft(draft: GroupDraft): Partial<Record<GroupField, 'required'>> {
  const errors: Partial<Record<GroupField, 'required'>> = {};
  if (draft.name.trim() === '') errors.name = 'required';
  if (draft.type === 'dynamic' && draft.rule.trim() === '') errors.rule = 'required';
  return errors;
}

/** The server's field errors by form field (`/roleIds/2` → roleIds). */
export function groupFieldErrors(error: unknown): Partial<Record<GroupField, string>> {
  if (!isApiProblem(error)) return {};
  const errors: Partial<Record<GroupField, string>> = {};
  for (const [path, message] of Object.entries(collectFieldErrors(error))) {
    const field = FIELDS.find((candidate) => candidate === path.split('.')[0]);
    if (field !== undefined) errors[field] ??= message;
  }
  return errors;
}
