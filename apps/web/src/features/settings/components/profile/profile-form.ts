// The profile form's values, what changed, and the PATCH body that saves only that.
import type { Profile, UpdateProfileBody } from '@flowforge/contracts';

export interface ProfileFormValues {
  name: string;
  phone: string;
  title: string;
  department: string;
  location: string;
  /** '' = the browser's zone. */
  timeZone: string;
  /** '' = formats follow the language. */
  formatLocale: string;
}

export type ProfileField = keyof ProfileFormValues;

export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'phone', 'title', 'department', 'location', 'timeZone', 'formatLocale'];

const CONTACT_FIELDS = ['phone', 'title', 'department', 'location'] as const;

export function toFormValues(profile: Profile): ProfileFormValues {
  return { name: profile.name, ...profile.contact, timeZone: profile.timeZone ?? '', formatLocale: profile.formatLocale ?? '' };
}

export function listChangedFields(saved: ProfileFormValues, edited: ProfileFormValues): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => saved[field].trim() !== edited[field].trim());
}

/** Only the changed fields; an emptied contact field is sent as '' (cleared), an emptied zone or format as null. */
export function buildProfileUpdate(saved: ProfileFormValues, edited: ProfileFormValues): UpdateProfileBody {
  const changed = new Set(listChangedFields(saved, edited));
  const contact = Object.fromEntries(CONTACT_FIELDS.filter((field) => changed.has(field)).map((field) => [field, edited[field].trim()]));
  return {
    ...(changed.has('name') ? { name: edited.name.trim() } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    ...(changed.has('timeZone') ? { timeZone: edited.timeZone || null } : {}),
    ...(changed.has('formatLocale') ? { formatLocale: edited.formatLocale || null } : {}),
  };
}

/** `contact.phone` (from the problem's pointer /contact/phone) → `phone`. */
export function profileFieldFromProblemField(name: string): ProfileField | undefined {
  const field = name.startsWith('contact.') ? name.slice('contact.'.length) : name;
  return PROFILE_FIELDS.find((candidate) => candidate === field);
}
