// Groups as a tree: each group under its parent, siblings by name. Pure, so the indented list and
// the parent picker (which must not offer a group's own descendants) are unit-tested.
import type { Group } from '@flowforge/contracts';

export interface TreeRow {
  group: Group;
  /** 0 for a top-level group. */
  depth: number;
}

type Node = Pick<Group, 'id' | 'name' | 'parentId'>;

function childrenByParent<T extends Node>(groups: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(groups.map((group) => group.id));
  const byParent = new Map<string | null, T[]>();
  for (const group of groups) {
    // A parent outside the list (e.g. filtered out) puts the group at the top level.
    const parent = group.parentId !== null && ids.has(group.parentId) ? group.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), group]);
  }
  for (const siblings of byParent.values()) siblings.sort((a, b) => a.name.localeCompare(b.name));
  return byParent;
}

/** Depth-first rows: every group right after its parent, indented by depth. */
export function buildTreeRows(groups: readonly Group[]): TreeRow[] {
  const byParent = childrenByParent(groups);
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const group of byParent.get(parentId) ?? []) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      rows.push({ group, depth });
      visit(group.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** The group and everything nested below it. */
export function collectSubtreeIds(groups: readonly Node[], rootId: string): Set<string> {
  const byParent = childrenByParent(groups);
  const subtree = new Set<string>([rootId]);
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const child of byParent.get(id) ?? []) {
      if (subtree.has(child.id)) continue;
      subtree.add(child.id);
      queue.push(child.id);
    }
  }
  return subtree;
}

/** Groups that may become the parent of `editingId`: not itself and not one of its descendants. */
export function listParentCandidates(groups: readonly Group[], editingId: string | undefined): TreeRow[] {
  const excluded = editingId === undefined ? new Set<string>() : collectSubtreeIds(groups, editingId);
  return buildTreeRows(groups).filter((row) => !excluded.has(row.group.id));
}
