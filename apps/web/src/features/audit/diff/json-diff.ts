// The before/after of an audit entry as a list of changed fields: nested objects and arrays are
// flattened to paths (`ipAllowlist[1]`, `smtp.host`), values shown as JSON.

export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  path: string;
  kind: DiffKind;
  before: string | undefined;
  after: string | undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${String(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function childrenOf(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  return isPlainObject(value) ? Object.entries(value) : [];
}

/** Leaf paths of a JSON value in document order; empty objects and arrays are leaves too. */
export function flattenJson(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  const entries = childrenOf(value);
  if (entries.length > 0) {
    for (const [key, child] of entries) flattenJson(child, childPath(path, key), into);
    return into;
  }
  // A null inside a document is a value; a missing or null document has no fields.
  const isDocumentAbsent = path === '' && (value === null || value === undefined);
  if (!isDocumentAbsent && value !== undefined) into.set(path === '' ? '(value)' : path, JSON.stringify(value));
  return into;
}

function kindOf(before: string | undefined, after: string | undefined): DiffKind {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return before === after ? 'unchanged' : 'changed';
}

/** One row per path in either value: paths of `before` first, then those only in `after`. */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const left = flattenJson(before);
  const right = flattenJson(after);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths.map((path) => {
    const was = left.get(path);
    const is = right.get(path);
    return { path, kind: kindOf(was, is), before: was, after: is };
  });
}
