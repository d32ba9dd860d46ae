/**
 * List conventions shared by every collection endpoint: opaque cursors (keyset pagination over the
 * sort key and id), `?sort=field` / `?sort=-field`, and `?fields=a,b` sparse fieldsets.
 */
import { DomainError } from '../errors.ts';

export type SortOrder<F extends string> = { field: F; direction: 'asc' | 'desc' };

/** Encodes the last row's sort key and id into an opaque cursor. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; a tampered or foreign cursor is a 400, not a 500. */
export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as (string | number)[];
    }
  } catch {
    // reported below
  }
  throw new DomainError('validation-failed', 'The cursor is not valid for this list.', { errors: [{ pointer: '/query/cursor', message: 'Invalid cursor' }] });
}

/** Parses `?sort=` against the fields a list allows; `-` prefix sorts descending. */
export function parseSort<F extends string>(sort: string | undefined, allowed: readonly F[], fallback: SortOrder<F>): SortOrder<F> {
  if (!sort) return fallback;
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^[-+]/, '');
  if (!(allowed as readonly string[]).includes(field)) {
    throw new DomainError('validation-failed', `Cannot sort by "${field}". Sortable fields: ${allowed.join(', ')}.`, {
      errors: [{ pointer: '/query/sort', message: `Must be one of ${allowed.join(', ')}` }],
    });
  }
  return { field: field as F, direction };
}

/** Applies `?fields=` to each item: only the named fields (plus `id`) are returned. */
export function pickFields<T extends Record<string, unknown>>(items: T[], fields: string | undefined): Partial<T>[] {
  if (!fields) return items;
  const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim()).filter(Boolean)]);
  const known = items[0] ? Object.keys(items[0]) : [];
  const unknown = [...wanted].filter((f) => items[0] && !known.includes(f));
  if (unknown.length > 0) {
    throw new DomainError('validation-failed', `Unknown field(s): ${unknown.join(', ')}.`, {
      errors: [{ pointer: '/query/fields', message: `Unknown field(s): ${unknown.join(', ')}` }],
    });
  }
  return items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => wanted.has(key))) as Partial<T>);
}
