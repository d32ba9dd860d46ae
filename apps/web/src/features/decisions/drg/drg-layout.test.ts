import { describe, expect, it } from 'vitest';
import { assignRows, clipToBox, layoutDrg, NODE_HEIGHT, NODE_WIDTH, type DrgGraphInfo, type DrgNodeKind } from './drg-layout';

const node = (id: string, kind: DrgNodeKind = 'decision') => ({ id, name: id, kind, logic: null });

// Loan approval: two input data, a risk decision using a BKM, and the approval on top.
const loan: DrgGraphInfo = {
  nodes: [node('approval'), node('risk'), node('applicant', 'inputData'), node('amount', 'inputData'), node('scoring', 'businessKnowledgeModel'), node('policy', 'knowledgeSource')],
  edges: [
    { from: 'applicant', to: 'risk', kind: 'information' },
    { from: 'risk', to: 'approval', kind: 'information' },
    { from: 'amount', to: 'approval', kind: 'information' },
    { from: 'scoring', to: 'risk', kind: 'knowledge' },
    { from: 'policy', to: 'approval', kind: 'authority' },
  ],
};

describe('assignRows', () => {
  it('puts input data at the bottom and each decision above what it requires', () => {
    const rows = assignRows(loan);

    expect(Object.fromEntries(rows)).toEqual({ applicant: 0, amount: 0, risk: 1, approval: 2, scoring: 1, policy: 2 });
  });

  it('survives a cycle (invalid DMN) without looping', () => {
    const cyclic: DrgGraphInfo = { nodes: [node('a'), node('b')], edges: [{ from: 'a', to: 'b', kind: 'information' }, { from: 'b', to: 'a', kind: 'information' }] };

    const rows = assignRows(cyclic);

    expect([...rows.keys()].sort()).toEqual(['a', 'b']);
  });

  it('ignores edges to elements that are not in the graph', () => {
    const rows = assignRows({ nodes: [node('a')], edges: [{ from: 'ghost', to: 'a', kind: 'information' }] });

    expect(rows.get('a')).toBe(1);
  });
});

describe('layoutDrg', () => {
  const layout = layoutDrg(loan);
  const at = (id: string) => layout.nodes.find((positioned) => positioned.id === id);

  it('draws higher rows further up and keeps every shape inside the drawing', () => {
    expect(at('approval')?.y).toBeLessThan(at('risk')?.y ?? 0);
    expect(at('risk')?.y).toBeLessThan(at('applicant')?.y ?? 0);
    for (const positioned of layout.nodes) {
      expect(positioned.x).toBeGreaterThanOrEqual(0);
      expect(positioned.y).toBeGreaterThanOrEqual(0);
      expect(positioned.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(positioned.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never overlaps two shapes of a row', () => {
    const rows = new Map<number, number[]>();
    for (const positioned of layout.nodes) rows.set(positioned.row, [...(rows.get(positioned.row) ?? []), positioned.x]);
    for (const xs of rows.values()) {
      const sorted = xs.sort((a, b) => a - b);
      sorted.slice(1).forEach((x, index) => { expect(x - (sorted[index] ?? 0)).toBeGreaterThanOrEqual(NODE_WIDTH); });
    }
  });

  it('orders a row by what its elements require, to keep edges short', () => {
    const graph: DrgGraphInfo = {
      nodes: [node('left-needs-b'), node('right-needs-a'), node('a', 'inputData'), node('b', 'inputData')],
      edges: [{ from: 'b', to: 'left-needs-b', kind: 'information' }, { from: 'a', to: 'right-needs-a', kind: 'information' }],
    };

    const placed = layoutDrg(graph).nodes;
    const x = (id: string) => placed.find((positioned) => positioned.id === id)?.x ?? NaN;

    expect(x('right-needs-a')).toBeLessThan(x('left-needs-b'));
  });

  it('runs edges from the required element to the one requiring it, ending on the borders', () => {
    const edge = layout.edges.find((candidate) => candidate.from === 'applicant');
    const applicant = at('applicant');
    const risk = at('risk');

    expect(edge?.points).toHaveLength(2);
    expect(edge?.points[0]?.y).toBeCloseTo(applicant?.y ?? NaN);
    expect(edge?.points.at(-1)?.y).toBeCloseTo((risk?.y ?? NaN) + NODE_HEIGHT);
    expect(layout.edges).toHaveLength(5);
  });

  it('bends an edge that spans rows beside the elements of the rows it crosses', () => {
    const edge = layout.edges.find((candidate) => candidate.from === 'amount' && candidate.to === 'approval');
    const risk = at('risk');
    const bend = edge?.points[1];
    if (!edge || !risk || !bend) throw new Error('the edge or the risk decision is missing');

    expect(edge.points).toHaveLength(3);
    expect(bend.y).toBeCloseTo(risk.y + NODE_HEIGHT / 2);
    expect(bend.x < risk.x || bend.x > risk.x + NODE_WIDTH).toBe(true);
  });

  it('routes an edge that points down as well', () => {
    const graph: DrgGraphInfo = {
      nodes: [node('top'), node('middle'), node('in', 'inputData'), node('source', 'knowledgeSource')],
      edges: [{ from: 'in', to: 'middle', kind: 'information' }, { from: 'middle', to: 'top', kind: 'information' }, { from: 'top', to: 'in', kind: 'authority' }],
    };

    const edge = layoutDrg(graph).edges.find((candidate) => candidate.kind === 'authority');

    expect(edge?.points).toHaveLength(3);
    expect(edge?.points[0]?.y).toBeLessThan(edge?.points[2]?.y ?? NaN);
  });

  it('leaves out empty rows and draws an empty graph as an empty drawing', () => {
    const onlyDecisions = layoutDrg({ nodes: [node('a')], edges: [] });
    expect(onlyDecisions.nodes[0]?.row).toBe(0);

    const empty = layoutDrg({ nodes: [], edges: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.width).toBeGreaterThan(0);
  });
});

describe('clipToBox', () => {
  const size = { width: 100, height: 50 };

  it('leaves through the top or bottom for steep lines and the side for flat ones', () => {
    expect(clipToBox({ x: 0, y: 0 }, { x: 0, y: -200 }, size)).toEqual({ x: 0, y: -25 });
    expect(clipToBox({ x: 0, y: 0 }, { x: 300, y: 30 }, size)).toEqual({ x: 50, y: 5 });
  });

  it('stays at the centre when both points coincide', () => {
    expect(clipToBox({ x: 3, y: 4 }, { x: 3, y: 4 }, size)).toEqual({ x: 3, y: 4 });
  });
});
