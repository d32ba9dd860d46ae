import { describe, expect, it } from 'vitest';
import { shapePath, wrapName } from './drg-shapes';

describe('shapePath', () => {
  const box = { x: 10, y: 20, width: 100, height: 40 };

  it('draws each DMN element kind with its own outline', () => {
    const paths = (['decision', 'inputData', 'businessKnowledgeModel', 'decisionService', 'knowledgeSource'] as const).map((kind) => shapePath(kind, box));

    expect(new Set(paths).size).toBe(5);
    expect(shapePath('decision', box)).toBe('M10,20 H110 V60 H10 Z');
    expect(shapePath('inputData', box)).toContain('A20,20');
    expect(shapePath('businessKnowledgeModel', box)).toBe('M22,20 H110 V48 L98,60 H10 V32 Z');
  });
});

describe('wrapName', () => {
  it('wraps at word boundaries', () => {
    expect(wrapName('Applicant risk rating', { perLine: 12, maxLines: 2 })).toEqual(['Applicant', 'risk rating']);
  });

  it('cuts what does not fit with an ellipsis', () => {
    expect(wrapName('Pre-bureau affordability decision for loans', { perLine: 12, maxLines: 2 })).toEqual(['Pre-bureau', 'affordabili…']);
    expect(wrapName('Supercalifragilistic', { perLine: 10, maxLines: 2 })).toEqual(['Supercali…']);
  });

  it('keeps short names on one line', () => {
    expect(wrapName('  Risk  ', { perLine: 20, maxLines: 2 })).toEqual(['Risk']);
    expect(wrapName('', { perLine: 20, maxLines: 2 })).toEqual([]);
  });
});
