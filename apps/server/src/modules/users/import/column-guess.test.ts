import { expect, it } from 'vitest';
import { suggestMapping } from './column-guess.ts';

it.each([
  [['E-Mail-Adresse', 'Vollständiger Name', 'Rollen', 'Abteilung', 'Personalnummer'], { email: 'E-Mail-Adresse', name: 'Vollständiger Name', roles: 'Rollen', department: 'Abteilung', externalId: 'Personalnummer' }],
  [['email', 'full_name', 'Job Title', 'Status'], { email: 'email', name: 'full_name', title: 'Job Title', status: 'Status' }],
  [['Foo', 'Bar'], {}],
])('suggests a mapping for %j', (columns, mapping) => {
  expect(suggestMapping(columns)).toEqual(mapping);
});
