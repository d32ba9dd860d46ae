import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, collectDependents } from './dependency-graph.ts';

const graphOf = (edges: Record<string, string[]>) => buildDependencyGraph(Object.keys(edges), (key) => edges[key] ?? []);

describe('buildDependencyGraph', () => {
  it('orders dependencies before dependents, keeping definition order otherwise', () => {
    const graph = graphOf({ total: ['tax', 'subtotal'], tax: ['subtotal'], subtotal: [], note: [] });

    expect(graph.order).toEqual(['subtotal', 'note', 'tax', 'total']);
    expect(graph.cycles).toEqual([]);
  });

  it('names each cycle once and still orders every node', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'], f: [], g: ['unknown'] });

    expect(graph.cycles).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
    expect(graph.order).toEqual(['f', 'g', 'a', 'b', 'c', 'd', 'e']);
  });

  it('collects transitive dependents in evaluation order', () => {
    const graph = graphOf({ c: ['b'], b: ['a'], a: [], x: ['a'], y: [] });

    expect(collectDependents(graph, 'a')).toEqual(['a', 'b', 'x', 'c']);
    expect(collectDependents(graph, 'y')).toEqual(['y']);
  });
});
