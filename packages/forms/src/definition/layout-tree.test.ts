import { describe, expect, it } from 'vitest';
import { buildForm } from '../testing.ts';
import { buildLayoutTree } from './layout-tree.ts';

describe('buildLayoutTree', () => {
  it('orders top-level keys by layout.items, then by the fields, and links containers', () => {
    const form = buildForm([
      { type: 'short-text', key: 'a' },
      { type: 'section', key: 's', children: ['b'] },
      { type: 'short-text', key: 'b' },
      { type: 'tabs', key: 't', tabs: [{ key: 't1', label: 'One', children: ['c'] }] },
      { type: 'short-text', key: 'c' },
    ], { layout: { items: ['t', 's', 's'] } });

    const tree = buildLayoutTree(form);

    expect(tree.roots).toEqual(['t', 's', 'a']);
    expect(tree.nodes.get('c')?.parent).toBe('t1');
    expect(tree.nodes.get('t1')).toMatchObject({ parent: 't', field: null, children: ['c'] });
    expect(tree.diagnostics).toEqual([]);
  });

  it('cuts a section that contains itself', () => {
    const tree = buildLayoutTree(buildForm([{ type: 'section', key: 's', children: ['s'] }]));

    expect(tree.diagnostics).toMatchObject([{ code: 'placed-twice', field: 's' }]);
    expect(tree.roots).toEqual(['s']);
  });

  it('cuts longer containment loops once', () => {
    const tree = buildLayoutTree(buildForm([
      { type: 'section', key: 'a', children: ['b'] },
      { type: 'section', key: 'b', children: ['c'] },
      { type: 'columns', key: 'c', columns: [{ children: ['a'] }] },
      { type: 'section', key: 'd', children: [] },
    ]));

    expect(tree.diagnostics).toMatchObject([{ code: 'layout-cycle', cycle: ['a', 'b', 'c', 'a'] }]);
    expect(tree.roots).toEqual(['a', 'd']);
  });
});
