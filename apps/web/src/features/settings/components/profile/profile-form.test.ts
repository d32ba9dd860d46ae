import { describe, expect, it } from 'vitest';
import type { Profile } from '@flowforge/contracts';
import { buildProfileUpdate, listChangedFields, profileFieldFromProblemField, toFormValues } from './profile-form';

const PROFILE: Profile = {
  id: '7c1e0000-0000-4000-8000-000000000001', name: 'Erika', email: 'erika@example.com', image: null,
  contact: { phone: '+49 30 123', title: 'Lead', department: '', location: 'Berlin' }, timeZone: 'Europe/Berlin', formatLocale: null,
};

describe('profile form', () => {
  it('starts unchanged', () => {
    const values = toFormValues(PROFILE);

    expect(values).toEqual({ name: 'Erika', phone: '+49 30 123', title: 'Lead', department: '', location: 'Berlin', timeZone: 'Europe/Berlin', formatLocale: '' });
    expect(listChangedFields(values, values)).toEqual([]);
  });

  it('ignores changes that are only spaces around the text', () => {
    const saved = toFormValues(PROFILE);

    expect(listChangedFields(saved, { ...saved, name: ' Erika  ' })).toEqual([]);
  });

  it('sends only what changed, clearing emptied fields', () => {
    const saved = toFormValues(PROFILE);

    const body = buildProfileUpdate(saved, { ...saved, title: '', department: ' Sales ', timeZone: '', formatLocale: 'de-CH' });

    expect(body).toEqual({ contact: { title: '', department: 'Sales' }, timeZone: null, formatLocale: 'de-CH' });
  });

  it('sends the trimmed name', () => {
    const saved = toFormValues(PROFILE);

    expect(buildProfileUpdate(saved, { ...saved, name: ' Erika Mustermann ' })).toEqual({ name: 'Erika Mustermann' });
  });

  it.each([
    ['name', 'name'],
    ['contact.phone', 'phone'],
    ['timeZone', 'timeZone'],
    ['contact', undefined],
    ['email', undefined],
  ])('maps the problem field %s to the form field %s', (problemField, formField) => {
    expect(profileFieldFromProblemField(problemField)).toBe(formField);
  });
});
