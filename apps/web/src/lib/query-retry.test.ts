import { describe, expect, it } from 'vitest';
import { createNetworkProblem, parseProblem } from './api-problem';
import { shouldRetryQuery } from './query-retry';

describe('shouldRetryQuery', () => {
  it.each([
    { name: 'a network failure', error: createNetworkProblem(), failures: 0, expected: true },
    { name: 'a 503', error: parseProblem(503, {}), failures: 1, expected: true },
    { name: 'a 503 after two failures', error: parseProblem(503, {}), failures: 2, expected: false },
    { name: 'a 404', error: parseProblem(404, {}), failures: 0, expected: false },
    { name: 'a 401', error: parseProblem(401, {}), failures: 0, expected: false },
    { name: 'a bug', error: new TypeError('boom'), failures: 0, expected: false },
  ])('decides for $name', ({ error, failures, expected }) => {
    expect(shouldRetryQuery(failures, error)).toBe(expected);
  });
});
