import { describe, expect, it } from 'vitest';
import type { DecisionVersionSummary } from '@flowforge/contracts';
import { compareChoices, defaultComparison, parseSelector, selectorValue } from './compare-choices';

const summary = (version: number, status: DecisionVersionSummary['status']): DecisionVersionSummary => ({
  version, status, comment: '', createdAt: '2025-01-01T00:00:00Z', createdBy: null, publishedAt: null, publishedBy: null,
});

describe('compareChoices', () => {
  it('offers the draft first, then versions newest first', () => {
    const detail = { versions: [summary(1, 'deprecated'), summary(3, 'draft'), summary(2, 'active')], draftVersion: 3, activeVersion: 2 };

    expect(compareChoices(detail).map((choice) => choice.selector)).toEqual(['draft', 2, 1]);
    expect(defaultComparison(detail)).toEqual({ from: 2, to: 'draft' });
  });

  it('compares the newest two published versions when there is no draft', () => {
    const detail = { versions: [summary(1, 'deprecated'), summary(2, 'active')], draftVersion: null, activeVersion: 2 };

    expect(defaultComparison(detail)).toEqual({ from: 1, to: 2 });
  });

  it('compares the draft with itself only when nothing else exists', () => {
    const detail = { versions: [summary(1, 'draft')], draftVersion: 1, activeVersion: null };

    expect(compareChoices(detail)).toHaveLength(1);
    expect(defaultComparison(detail)).toEqual({ from: 'draft', to: 'draft' });
  });
});

describe('selectors', () => {
  it('round-trip through select values', () => {
    for (const selector of ['draft', 'active', 4] as const) expect(parseSelector(selectorValue(selector))).toBe(selector);
    expect(parseSelector('nonsense')).toBe('active');
  });
});
