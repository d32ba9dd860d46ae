/**
 * A simple layered layout of a decision requirements graph (DMN DRD): input data on the bottom
 * row, every decision one row above the highest element it requires, business knowledge models
 * and knowledge sources beside the first decision that uses them. Within a row, elements are
 * ordered by the mean position of what they require (one barycentre pass) to keep edges short.
 * An edge that spans several rows gets a bend slot in each row it crosses (as in Sugiyama's
 * layered drawing), so it runs beside the elements of those rows instead of through them. Edges
 * run from the required element to the one requiring it, clipped at the shapes' borders.
 */

export type DrgNodeKind = 'decision' | 'inputData' | 'businessKnowledgeModel' | 'decisionService' | 'knowledgeSource';
export type DrgEdgeKind = 'information' | 'knowledge' | 'authority';

export interface DrgNodeInfo {
  id: string;
  name: string;
  kind: DrgNodeKind;
  logic: string | null;
}

export interface DrgEdgeInfo {
  from: string;
  to: string;
  kind: DrgEdgeKind;
}

export interface DrgGraphInfo {
  nodes: readonly DrgNodeInfo[];
  edges: readonly DrgEdgeInfo[];
}

export interface PositionedNode extends DrgNodeInfo {
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PositionedEdge extends DrgEdgeInfo {
  /** From the border of `from`, through the bends where it crosses rows, to the border of `to`. */
  points: Point[];
}

export interface DrgLayout {
  width: number;
  height: number;
  nodes: PositionedNode[];
  edges: PositionedEdge[];
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 56;
const GAP_X = 40;
const GAP_Y = 64;
const MARGIN = 16;

const BESIDE: ReadonlySet<DrgNodeKind> = new Set(['businessKnowledgeModel', 'knowledgeSource']);

function predecessorsOf(graph: DrgGraphInfo): Map<string, string[]> {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const predecessors = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    if (ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to) predecessors.get(edge.to)?.push(edge.from);
  }
  return predecessors;
}

/** Row of every element: input data 0, others one above their highest requirement (cycles cut). */
export function assignRows(graph: DrgGraphInfo): Map<string, number> {
  const predecessors = predecessorsOf(graph);
  const kinds = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const rows = new Map<string, number>();
  const visiting = new Set<string>();
  const rowOf = (id: string): number => {
    const known = rows.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    if (kinds.get(id) === 'inputData') {
      rows.set(id, 0);
      return 0;
    }
    visiting.add(id);
    const required = (predecessors.get(id) ?? []).filter((from) => !BESIDE.has(kinds.get(from) ?? 'decision'));
    const row = Math.max(0, ...required.map(rowOf)) + 1;
    visiting.delete(id);
    rows.set(id, row);
    return row;
  };
  for (const node of graph.nodes) if (!BESIDE.has(node.kind)) rowOf(node.id);
  placeBesideUsers(graph, rows);
  return rows;
}

/** Knowledge models and sources sit on the row of the first element that uses them. */
function placeBesideUsers(graph: DrgGraphInfo, rows: Map<string, number>): void {
  for (const node of graph.nodes) {
    if (!BESIDE.has(node.kind)) continue;
    const users = graph.edges.filter((edge) => edge.from === node.id).map((edge) => rows.get(edge.to)).filter((row) => row !== undefined);
    rows.set(node.id, users.length === 0 ? 1 : Math.min(...users));
  }
}

/** One place in a row: an element, or a bend of an edge that crosses the row (a "dummy"). */
interface Slot {
  id: string;
  width: number;
  node: DrgNodeInfo | null;
}

const BEND_WIDTH = 8;

interface Skeleton {
  rows: string[][];
  slots: Map<string, Slot>;
  /** Per slot, the slots one row below it that it is connected to (for ordering). */
  below: Map<string, string[]>;
  /** Per edge (index into graph.edges), its slots from `from` to `to`. */
  chains: Map<number, string[]>;
}

/** Rows of slots: elements on their rows (empty rows dropped), and a bend slot where an edge crosses a row. */
function buildSkeleton(graph: DrgGraphInfo): Skeleton {
  const assigned = assignRows(graph);
  const used = [...new Set(assigned.values())].sort((a, b) => a - b);
  const dense = new Map(used.map((row, index) => [row, index]));
  const rowOf = (id: string) => dense.get(assigned.get(id) ?? 0) ?? 0;
  const rows: string[][] = used.map(() => []);
  const slots = new Map<string, Slot>();
  const place = (slot: Slot, row: number) => { slots.set(slot.id, slot); rows[row]?.push(slot.id); };
  for (const node of graph.nodes) place({ id: node.id, width: NODE_WIDTH, node }, rowOf(node.id));
  const below = new Map<string, string[]>();
  const chains = new Map<number, string[]>();
  graph.edges.forEach((edge, index) => {
    if (!slots.has(edge.from) || !slots.has(edge.to) || edge.from === edge.to) return;
    const [a, b] = [rowOf(edge.from), rowOf(edge.to)];
    const step = b > a ? 1 : -1;
    const chain = [edge.from];
    for (let row = a + step; row !== b && a !== b; row += step) {
      const bend = { id: `~${String(index)}~${String(row)}`, width: BEND_WIDTH, node: null };
      place(bend, row);
      chain.push(bend.id);
    }
    chain.push(edge.to);
    chain.slice(1).forEach((id, i) => linkBelow({ below, lower: step > 0 ? chain[i] : id, upper: step > 0 ? id : chain[i], isSameRow: a === b }));
    chains.set(index, chain);
  });
  return { rows, slots, below, chains };
}

function linkBelow({ below, lower, upper, isSameRow }: { below: Map<string, string[]>; lower: string | undefined; upper: string | undefined; isSameRow: boolean }): void {
  if (isSameRow || lower === undefined || upper === undefined) return;
  below.set(upper, [...(below.get(upper) ?? []), lower]);
}

/** Orders each row, bottom up, by the mean position of what it connects to in the row below. */
function orderRows(skeleton: Skeleton): string[][] {
  const positionOf = new Map<string, number>();
  return skeleton.rows.map((ids) => {
    const weight = (id: string, index: number): number => {
      const placed = (skeleton.below.get(id) ?? []).map((lower) => positionOf.get(lower)).filter((position) => position !== undefined);
      return placed.length === 0 ? index : placed.reduce((sum, position) => sum + position, 0) / placed.length;
    };
    const ordered = ids.map((id, index) => ({ id, weight: weight(id, index), index }))
      .sort((a, b) => a.weight - b.weight || a.index - b.index)
      .map((entry) => entry.id);
    ordered.forEach((id, index) => positionOf.set(id, index));
    return ordered;
  });
}

function rowWidth(ids: readonly string[], slots: Map<string, Slot>): number {
  return ids.reduce((sum, id) => sum + (slots.get(id)?.width ?? 0), 0) + Math.max(0, ids.length - 1) * GAP_X;
}

/** Positions every element and edge; the drawing is `width` × `height` user units. */
export function layoutDrg(graph: DrgGraphInfo): DrgLayout {
  const skeleton = buildSkeleton(graph);
  const ordered = orderRows(skeleton);
  const width = MARGIN * 2 + Math.max(NODE_WIDTH, ...ordered.map((ids) => rowWidth(ids, skeleton.slots)));
  const height = MARGIN * 2 + Math.max(1, ordered.length) * NODE_HEIGHT + Math.max(0, ordered.length - 1) * GAP_Y;
  const centers = new Map<string, Point>();
  const nodes: PositionedNode[] = [];
  ordered.forEach((ids, row) => {
    let x = (width - rowWidth(ids, skeleton.slots)) / 2;
    const y = height - MARGIN - NODE_HEIGHT - row * (NODE_HEIGHT + GAP_Y);
    for (const id of ids) {
      const slot = skeleton.slots.get(id);
      if (!slot) continue;
      centers.set(id, { x: x + slot.width / 2, y: y + NODE_HEIGHT / 2 });
      if (slot.node) nodes.push({ ...slot.node, row, x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
      x += slot.width + GAP_X;
    }
  });
  return { width, height, nodes, edges: routeEdges({ graph, chains: skeleton.chains, centers }) };
}

/** Each edge as a polyline through its bends, clipped at the borders of its two shapes. */
function routeEdges({ graph, chains, centers }: { graph: DrgGraphInfo; chains: Map<number, string[]>; centers: Map<string, Point> }): PositionedEdge[] {
  const box = { width: NODE_WIDTH, height: NODE_HEIGHT };
  return graph.edges.flatMap((edge, index) => {
    const points = (chains.get(index) ?? []).map((id) => centers.get(id)).filter((point) => point !== undefined);
    const [first, second] = points;
    const [last, beforeLast] = [points.at(-1), points.at(-2)];
    if (!first || !second || !last || !beforeLast) return [];
    return [{ ...edge, points: [clipToBox(first, second, box), ...points.slice(1, -1), clipToBox(last, beforeLast, box)] }];
  });
}

/** Where the segment from `center` towards `toward` leaves a width × height box around `center`. */
export function clipToBox(center: Point, toward: Point, size: { width: number; height: number }): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(dx === 0 ? Infinity : size.width / 2 / Math.abs(dx), dy === 0 ? Infinity : size.height / 2 / Math.abs(dy));
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}
