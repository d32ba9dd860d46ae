import { describe, expect, it } from 'vitest';
import type { Group } from '@flowforge/contracts';
import { buildTreeRows, collectSubtreeIds, listParentCandidates } from './group-tree';

function group(id: string, name: string, parentId: string | null = null): Group {
  return { id, name, parentId } as Group;
}

const GROUPS = [
  group('city', 'City', 'country'),
  group('region', 'Region'),
  group('country', 'Country', 'region'),
  group('alpha', 'Alpha'),
  group('other-city', 'Another city', 'country'),
];

describe('buildTreeRows', () => {
  it('lists every group after its parent, siblings by name, with its depth', () => {
    const rows = buildTreeRows(GROUPS).map((row) => [row.group.id, row.depth]);

    expect(rows).toEqual([['alpha', 0], ['region', 0], ['country', 1], ['other-city', 2], ['city', 2]]);
  });

  it('puts a group whose parent is not in the list at the top level', () => {
    const rows = buildTreeRows([group('orphan', 'Orphan', 'missing')]);

    expect(rows).toEqual([{ group: expect.objectContaining({ id: 'orphan' }) as Group, depth: 0 }]);
  });
});

describe('parents a group may move under', () => {
  it('collects a group and all groups below it', () => {
    expect([...collectSubtreeIds(GROUPS, 'region')].sort()).toEqual(['city', 'country', 'other-city', 'region']);
  });

  it('offers neither the group itself nor its descendants', () => {
    const candidates = listParentCandidates(GROUPS, 'country').map((row) => row.group.id);

    expect(candidates).toEqual(['alpha', 'region']);
  });

  it('offers every group for a new group', () => {
    expect(listParentCandidates(GROUPS, undefined)).toHaveLength(5);
  });
});
