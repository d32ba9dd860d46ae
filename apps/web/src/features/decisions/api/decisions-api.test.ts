import { describe, expect, it } from 'vitest';
import { buildDecisionListPath } from './decisions-api';

describe('buildDecisionListPath', () => {
  it('asks for a page, with the search and the cursor when given', () => {
    expect(buildDecisionListPath('', null)).toBe('/api/v1/decisions?limit=50');
    expect(buildDecisionListPath('credit risk', 'abc')).toBe('/api/v1/decisions?limit=50&q=credit+risk&cursor=abc');
  });
});
