/**
 * The arrangement of a form: which container (section, tab, column) holds which field. Every key —
 * fields, layout elements and tabs — is one node; a node is visible only when its parent is.
 * Fields no container holds are top-level, in `layout.items` order, then in `fields` order.
 */
import type { FormDefinition, FormField } from '@flowforge/contracts';
import { definitionError, type FormDiagnostic } from './form-diagnostic.ts';

export interface LayoutNode {
  readonly key: string;
  /** The field, or null for a tab (a part of a tabs element). */
  readonly field: FormField | null;
  readonly parent: string | null;
  readonly children: readonly string[];
}

export interface LayoutTree {
  readonly nodes: ReadonlyMap<string, LayoutNode>;
  /** Top-level keys in display order. */
  readonly roots: readonly string[];
  readonly diagnostics: readonly FormDiagnostic[];
}

type Draft = { key: string; field: FormField | null; parent: string | null; children: string[] };

function childrenOf(field: FormField): string[] {
  if (field.type === 'section') return field.children;
  if (field.type === 'tabs') return field.tabs.map((tab) => tab.key);
  if (field.type === 'columns') return field.columns.flatMap((column) => column.children);
  return [];
}

function collectNodes(definition: FormDefinition, diagnostics: FormDiagnostic[]): Map<string, Draft> {
  const nodes = new Map<string, Draft>();
  const add = (draft: Draft) => {
    if (nodes.has(draft.key)) diagnostics.push(definitionError('duplicate-key', `The key '${draft.key}' is used more than once.`, { field: draft.key }));
    else nodes.set(draft.key, draft);
  };
  for (const field of definition.fields) {
    add({ key: field.key, field, parent: null, children: childrenOf(field) });
    if (field.type === 'tabs') for (const tab of field.tabs) add({ key: tab.key, field: null, parent: null, children: tab.children });
  }
  return nodes;
}

function linkChildren(nodes: Map<string, Draft>, diagnostics: FormDiagnostic[]): void {
  for (const node of nodes.values()) {
    for (const child of node.children) {
      const target = nodes.get(child);
      if (!target) diagnostics.push(definitionError('unknown-field', `'${node.key}' contains '${child}', which is not a field of this form.`, { field: node.key, property: 'children' }));
      else if (target.parent !== null || child === node.key) diagnostics.push(definitionError('placed-twice', `'${child}' is placed in more than one container.`, { field: child }));
      else target.parent = node.key;
    }
  }
}

/** Parent chains that loop (a section inside itself) are cut, so every chain ends at a root. */
function breakCycles(nodes: Map<string, Draft>, diagnostics: FormDiagnostic[]): void {
  for (const node of nodes.values()) {
    const seen = [node.key];
    for (let parent = node.parent; parent !== null && !seen.includes(parent); parent = nodes.get(parent)?.parent ?? null) {
      seen.unshift(parent);
    }
    const loopsBack = seen.length > 1 && nodes.get(seen[0] as string)?.parent === node.key;
    if (loopsBack) {
      const cycle = [node.key, ...seen];
      diagnostics.push(definitionError('layout-cycle', `'${node.key}' is inside itself: ${cycle.join(' → ')}.`, { field: node.key, cycle }));
      node.parent = null;
    }
  }
}

function orderRoots(definition: FormDefinition, nodes: Map<string, Draft>, diagnostics: FormDiagnostic[]): string[] {
  const roots: string[] = [];
  for (const key of definition.layout.items) {
    const node = nodes.get(key);
    if (!node) diagnostics.push(definitionError('unknown-field', `The layout lists '${key}', which is not a field of this form.`, { field: null, property: 'layout.items' }));
    else if (node.parent !== null) diagnostics.push(definitionError('placed-twice', `'${key}' is in the layout and inside '${node.parent}'.`, { field: key }));
    else if (!roots.includes(key)) roots.push(key);
  }
  for (const field of definition.fields) if (nodes.get(field.key)?.parent === null && !roots.includes(field.key)) roots.push(field.key);
  return roots;
}

export function buildLayoutTree(definition: FormDefinition): LayoutTree {
  const diagnostics: FormDiagnostic[] = [];
  const nodes = collectNodes(definition, diagnostics);
  linkChildren(nodes, diagnostics);
  breakCycles(nodes, diagnostics);
  const roots = orderRoots(definition, nodes, diagnostics);
  return { nodes, roots, diagnostics };
}
