import { describe, expect, it } from 'vitest';
import { computeMenuFocusIndex } from './menu-keys';

describe('computeMenuFocusIndex', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 0],
    ['ArrowDown', -1, 3, 0],
    ['ArrowUp', 0, 3, 2],
    ['ArrowUp', -1, 3, 2],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['a', 0, 3, null],
    ['ArrowDown', 0, 0, null],
  ])('moves on %s from %i of %i to %j', (key, current, count, expected) => {
    expect(computeMenuFocusIndex(key, current, count)).toBe(expected);
  });
});
