import { describe, expect, it } from 'vitest';
import { computeMenuFocusIndex } from './menu-keys';

describe('computeMenuFocusIndex', () => {
  it.each([
    { key: 'ArrowDown', current: 0, count: 3, expected: 1 },
    { key: 'ArrowDown', current: 2, count: 3, expected: 0 },
    { key: 'ArrowDown', current: -1, count: 3, expected: 0 },
    { key: 'ArrowUp', current: 0, count: 3, expected: 2 },
    { key: 'ArrowUp', current: -1, count: 3, expected: 2 },
    { key: 'Home', current: 2, count: 3, expected: 0 },
    { key: 'End', current: 0, count: 3, expected: 2 },
    { key: 'a', current: 0, count: 3, expected: null },
    { key: 'ArrowDown', current: 0, count: 0, expected: null },
  ])('moves on $key from $current of $count to $expected', ({ key, current, count, expected }) => {
    expect(computeMenuFocusIndex(key, current, count)).toBe(expected);
  });
});
