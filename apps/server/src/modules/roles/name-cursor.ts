/** Cursors of lists ordered by person or group name: [lower-case name, id] (keyset pagination). */
import { DomainError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/list-query.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a cursor made by `encodeNameCursor`; a tampered one is a 400 pointing at the query. */
export function decodeNameCursor(cursor: string | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [name, id] = values;
  if (typeof name !== 'string' || typeof id !== 'string' || !UUID.test(id)) {
    throw new DomainError('validation-failed', 'The cursor is not valid for this list.', { errors: [{ pointer: '/query/cursor', message: 'Invalid cursor' }] });
  }
  return [name, id];
}

/** Cuts the limit + 1 rows a query fetched into a page and the cursor of the next one. */
export function toNamePage<T>(rows: readonly T[], options: { limit: number; key: (row: T) => [string, string] }): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > options.limit && last !== undefined ? encodeCursor(options.key(last)) : null };
}
