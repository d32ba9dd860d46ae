// Sorting for Table: pure, stable, and empty values always last whatever the direction.

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | boolean | Date | null | undefined;

export interface SortState {
  columnId: string;
  direction: SortDirection;
}

function isEmpty(value: SortValue): value is null | undefined {
  return value === null || value === undefined || value === '';
}

function toComparable(value: string | number | boolean | Date): string | number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** Ascending order of two present values; text with the collator (locale and numeric aware). */
export function compareSortValues(a: SortValue, b: SortValue, collator: Intl.Collator): number {
  if (isEmpty(a) || isEmpty(b)) return Number(isEmpty(a)) - Number(isEmpty(b));
  const left = toComparable(a);
  const right = toComparable(b);
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return collator.compare(String(left), String(right));
}

export function sortRows<Row>(
  rows: readonly Row[],
  getValue: (row: Row) => SortValue,
  options: { direction: SortDirection; collator: Intl.Collator },
): Row[] {
  const sign = options.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: getValue(row) }))
    .sort((a, b) => {
      if (isEmpty(a.value) || isEmpty(b.value)) {
        return compareSortValues(a.value, b.value, options.collator) || a.index - b.index;
      }
      return sign * compareSortValues(a.value, b.value, options.collator) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** A click on a header sorts by it ascending, a second click flips the direction. */
export function computeNextSort(current: SortState | null, columnId: string): SortState {
  if (current?.columnId !== columnId) return { columnId, direction: 'ascending' };
  return { columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
