import { describe, expect, it } from 'vitest';
import { createNetworkProblem, parseProblem } from './api-problem';
import { shouldRetryQuery } from './query-retry';

describe('shouldRetryQuery', () => {
  it.each([
    ['a network failure', createNetworkProblem(), 0, true],
    ['a 503', parseProblem(503, {}), 1, true],
    ['a 503 after two failures', parseProblem(503, {}), 2, false],
    ['a 404', parseProblem(404, {}), 0, false],
    ['a 401', parseProblem(401, {}), 0, false],
    ['a bug', new TypeError('boom'), 0, false],
  ])('decides for %s', (_name, error, failures, expected) => {
    expect(shouldRetryQuery(failures, error)).toBe(expected);
  });
});
