/**
 * New ids and names for rules and columns: `r<n>`, `in<n>`, `out<n>` one above the highest number
 * in use (so an id is never reused while the table has it), and output names made unique with a
 * `_2`, `_3`… suffix.
 */

/** `prefix` followed by one more than the largest number any `prefix<number>` id uses. */
export function nextId(prefix: string, ids: Iterable<string>): string {
  let highest = 0;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${highest + 1}`;
}

/** `base` if nobody uses it, else `base_2`, `base_3`… (the first free one). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** The number at the end of an id (`in3` → 3), or null. */
export function idNumber(id: string): number | null {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}
