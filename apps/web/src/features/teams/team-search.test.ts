import { describe, expect, it } from 'vitest';
import { filterTeams } from './team-search';

const teams = [{ name: 'Marketing Köln' }, { name: 'Sales' }, { name: 'Product marketing' }];

describe('filterTeams', () => {
  it.each([
    ['', ['Marketing Köln', 'Sales', 'Product marketing']],
    ['market', ['Marketing Köln', 'Product marketing']],
    ['koln', ['Marketing Köln']],
    ['MARKETING product', ['Product marketing']],
    ['hr', []],
  ])('matches %j', (query, expected) => {
    expect(filterTeams(teams, query).map((team) => team.name)).toEqual(expected);
  });
});
