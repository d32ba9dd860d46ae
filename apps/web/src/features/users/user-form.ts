// The user drawer's form: the values it edits, read from a user and turned into the PATCH body.
import type { UpdateUserBody, User, UserStatus } from '@flowforge/contracts';

export const PROFILE_FIELDS = ['title', 'department', 'phone', 'location'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface UserFormValues {
  name: string;
  profile: Record<ProfileField, string>;
  roleIds: string[];
  status: UserStatus;
  externalId: string;
}

export function readUserForm(user: User): UserFormValues {
  const text = (key: ProfileField) => (typeof user.profile[key] === 'string' ? (user.profile[key] as string) : '');
  return {
    name: user.name,
    profile: { title: text('title'), department: text('department'), phone: text('phone'), location: text('location') },
    roleIds: [...user.roleIds],
    status: user.status,
    externalId: user.externalId ?? '',
  };
}

/**
 * The PATCH body: the whole profile (other keys the API keeps in it are carried over), trimmed
 * texts, and the status only when it may change (a pending member stays pending until they accept).
 */
export function buildUpdateBody(user: User, values: UserFormValues): UpdateUserBody {
  const edited = new Set<string>(PROFILE_FIELDS);
  const kept = Object.entries(user.profile).filter(([key]) => !edited.has(key));
  const filled = PROFILE_FIELDS.map((key) => [key, values.profile[key].trim()] as const).filter(([, value]) => value !== '');
  const profile: Record<string, unknown> = Object.fromEntries([...kept, ...filled]);
  const externalId = values.externalId.trim();
  return {
    name: values.name.trim(),
    profile,
    roleIds: values.roleIds,
    externalId: externalId === '' ? null : externalId,
    ...(user.status !== 'pending' && values.status !== 'pending' ? { status: values.status } : {}),
  };
}
