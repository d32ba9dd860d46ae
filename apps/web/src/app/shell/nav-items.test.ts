import { describe, expect, it } from 'vitest';
import { groupNavItems, NAV_ITEMS } from './nav-items';

describe('groupNavItems', () => {
  it('lists ungrouped pages first and the tools under their heading', () => {
    const groups = groupNavItems(NAV_ITEMS);

    expect(groups.map((group) => [group.groupKey, group.items.map((item) => item.to)])).toEqual([
      [undefined, ['/', '/teams', '/decisions', '/audit', '/settings']],
      ['nav.admin', ['/admin/users', '/admin/settings', '/admin/email', '/admin/roles', '/admin/groups', '/admin/service-accounts']],
      ['nav.tools', ['/tools/expressions', '/tools/form-preview']],
    ]);
  });

  it('keeps one run per group when items of a group follow each other', () => {
    const [first] = NAV_ITEMS;
    if (!first) throw new Error('no navigation items');

    expect(groupNavItems([first, first])).toHaveLength(1);
  });
});
