/**
 * The dependency graph of a form: node A depends on B when A's value or visibility reads B. Built
 * once per definition; gives a topological evaluation order, the dependents of each node, and the
 * cycles (each named by one loop, `total → tax → total`, where `→` reads "reads").
 */

export interface DependencyGraph {
  /** Every node, dependencies before dependents; nodes on a cycle come last, in definition order. */
  readonly order: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** Direct dependents of each node. */
  readonly dependents: ReadonlyMap<string, readonly string[]>;
  readonly cycles: readonly (readonly string[])[];
}

function reverseEdges(keys: readonly string[], readsOf: (key: string) => readonly string[]): Map<string, string[]> {
  const dependents = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const key of keys) {
    for (const read of new Set(readsOf(key))) dependents.get(read)?.push(key);
  }
  return dependents;
}

function topologicalOrder(keys: readonly string[], dependents: Map<string, string[]>): string[] {
  const pending = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const targets of dependents.values()) for (const target of targets) pending.set(target, (pending.get(target) ?? 0) + 1);
  const order = keys.filter((key) => pending.get(key) === 0);
  for (let index = 0; index < order.length; index += 1) {
    for (const dependent of dependents.get(order[index] as string) ?? []) {
      const left = (pending.get(dependent) ?? 0) - 1;
      pending.set(dependent, left);
      if (left === 0) order.push(dependent);
    }
  }
  return order;
}

/** The shortest loop from `start` back to itself through `within`, in "reads" direction. */
function findLoop(start: string, within: ReadonlySet<string>, readsOf: (key: string) => readonly string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let index = 0; index < queue.length; index += 1) {
    const current = queue[index] as string;
    for (const read of readsOf(current)) {
      if (read === start) {
        const loop = [start];
        for (let step: string | undefined = current; step !== undefined && step !== start; step = cameFrom.get(step)) loop.splice(1, 0, step);
        return [...loop, start];
      }
      if (within.has(read) && !cameFrom.has(read)) {
        cameFrom.set(read, current);
        queue.push(read);
      }
    }
  }
  return [];
}

function nameCycles(stuck: readonly string[], readsOf: (key: string) => readonly string[]): string[][] {
  const left = new Set(stuck);
  const cycles: string[][] = [];
  for (const key of stuck) {
    if (!left.has(key)) continue;
    const loop = findLoop(key, left, readsOf);
    if (loop.length === 0) continue; // only downstream of a cycle, not on one
    cycles.push(loop);
    for (const member of loop) left.delete(member);
  }
  return cycles;
}

export function buildDependencyGraph(keys: readonly string[], readsOf: (key: string) => readonly string[]): DependencyGraph {
  const known = new Set(keys);
  const reads = (key: string) => readsOf(key).filter((read) => known.has(read));
  const dependents = reverseEdges(keys, reads);
  const sorted = topologicalOrder(keys, dependents);
  const placed = new Set(sorted);
  const stuck = keys.filter((key) => !placed.has(key));
  const order = [...sorted, ...stuck];
  return { order, position: new Map(order.map((key, index) => [key, index])), dependents, cycles: nameCycles(stuck, reads) };
}

/** The node and everything that depends on it, transitively, in evaluation order. */
export function collectDependents(graph: DependencyGraph, key: string): string[] {
  const seen = new Set([key]);
  const queue = [key];
  for (let index = 0; index < queue.length; index += 1) {
    for (const dependent of graph.dependents.get(queue[index] as string) ?? []) {
      if (!seen.has(dependent)) {
        seen.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return queue.sort((a, b) => (graph.position.get(a) ?? 0) - (graph.position.get(b) ?? 0));
}
