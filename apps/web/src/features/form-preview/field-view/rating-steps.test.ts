import { describe, expect, it } from 'vitest';
import { listRatingSteps } from './rating-steps';

describe('listRatingSteps', () => {
  it.each([
    [3, false, [1, 2, 3]],
    [2, true, [0.5, 1, 1.5, 2]],
  ])('offers max %i (halves: %s) as %j', (max, allowHalf, expected) => {
    expect(listRatingSteps(max, allowHalf)).toEqual(expected);
  });
});
