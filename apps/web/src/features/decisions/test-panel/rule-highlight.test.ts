import { describe, expect, it } from 'vitest';
import { parseProblem } from '../../../lib/api-problem';
import { highlightOfFailure, highlightOfResult } from './rule-highlight';

describe('highlightOfResult', () => {
  it('marks the matched rules and those the result came from', () => {
    const result = { result: 'B', matchedRules: [{ id: 'mid', index: 1 }, { id: 'high', index: 2 }], selectedRules: [{ id: 'mid', index: 1 }], version: 1 };

    expect(highlightOfResult(result)).toEqual({ matched: ['mid', 'high'], selected: ['mid'] });
  });
});

describe('highlightOfFailure', () => {
  it('marks the rules a 422 problem names as matched', () => {
    const problem = parseProblem(422, { code: 'decision-evaluation-failed', reason: 'unique-violation', ruleIds: ['mid', 'high', 3] });

    expect(highlightOfFailure(problem)).toEqual({ matched: ['mid', 'high'], selected: [] });
  });

  it('marks nothing for other failures', () => {
    expect(highlightOfFailure(parseProblem(409, { code: 'decision-not-active', ruleIds: ['a'] }))).toEqual({ matched: [], selected: [] });
    expect(highlightOfFailure(parseProblem(422, { code: 'decision-invalid', ruleIds: 'a' }))).toEqual({ matched: [], selected: [] });
    expect(highlightOfFailure(new Error('network'))).toEqual({ matched: [], selected: [] });
  });
});
