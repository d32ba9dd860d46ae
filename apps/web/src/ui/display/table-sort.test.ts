import { describe, expect, it } from 'vitest';
import { compareSortValues, computeNextSort, sortRows, type SortValue } from './table-sort';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

describe('sortRows', () => {
  const rows = [
    { name: 'beta', size: 10 },
    { name: 'Alpha', size: null },
    { name: 'item 10', size: 2 },
    { name: 'item 9', size: 2 },
  ];

  it('sorts text ascending, case-insensitively and numbers within text naturally', () => {
    const sorted = sortRows(rows, (row) => row.name, { direction: 'ascending', collator });

    expect(sorted.map((row) => row.name)).toEqual(['Alpha', 'beta', 'item 9', 'item 10']);
  });

  it('sorts numbers descending and keeps empty values last', () => {
    const sorted = sortRows(rows, (row) => row.size, { direction: 'descending', collator });

    expect(sorted.map((row) => row.size)).toEqual([10, 2, 2, null]);
  });

  it('keeps empty values last when ascending too', () => {
    const sorted = sortRows(rows, (row) => row.size, { direction: 'ascending', collator });

    expect(sorted.map((row) => row.size)).toEqual([2, 2, 10, null]);
  });

  it('is stable for equal values in both directions', () => {
    const ascending = sortRows(rows, (row) => row.size, { direction: 'ascending', collator });
    const descending = sortRows(rows, (row) => row.size, { direction: 'descending', collator });

    expect(ascending.slice(0, 2).map((row) => row.name)).toEqual(['item 10', 'item 9']);
    expect(descending.slice(1, 3).map((row) => row.name)).toEqual(['item 10', 'item 9']);
  });

  it('does not change the input', () => {
    const input = [{ n: 2 }, { n: 1 }];

    sortRows(input, (row) => row.n, { direction: 'ascending', collator });

    expect(input).toEqual([{ n: 2 }, { n: 1 }]);
  });
});

describe('compareSortValues', () => {
  it.each<[SortValue, SortValue, number]>([
    [new Date('2024-01-01'), new Date('2025-01-01'), -1],
    [true, false, 1],
    ['', 'a', 1],
    [undefined, null, 0],
    [3, 3, 0],
  ])('compares %j with %j', (a, b, sign) => {
    expect(Math.sign(compareSortValues(a, b, collator))).toBe(sign);
  });
});

describe('computeNextSort', () => {
  it('sorts a new column ascending', () => {
    expect(computeNextSort({ columnId: 'a', direction: 'descending' }, 'b')).toEqual({ columnId: 'b', direction: 'ascending' });
  });

  it('flips the direction of the sorted column', () => {
    expect(computeNextSort({ columnId: 'a', direction: 'ascending' }, 'a')).toEqual({ columnId: 'a', direction: 'descending' });
    expect(computeNextSort({ columnId: 'a', direction: 'descending' }, 'a')).toEqual({ columnId: 'a', direction: 'ascending' });
  });

  it('starts ascending without a current sort', () => {
    expect(computeNextSort(null, 'a')).toEqual({ columnId: 'a', direction: 'ascending' });
  });
});
