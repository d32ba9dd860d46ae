import { compileExpression } from '@flowforge/expressions';
import { describe, expect, it } from 'vitest';
import { EXPRESSION_EXAMPLES } from './examples';
import { DEFAULT_SAMPLE_DATA } from './sample/sample-data';
import { inferFieldTypes } from './sample/sample-fields';

const context = { now: () => Date.UTC(2025, 2, 15, 12), timeZone: 'Europe/Berlin' };

describe('the playground examples', () => {
  it.each(EXPRESSION_EXAMPLES)('evaluates %s against the default sample data without problems', (example) => {
    const compiled = compileExpression(example, { fields: inferFieldTypes(DEFAULT_SAMPLE_DATA) });

    const result = compiled.run({ ...DEFAULT_SAMPLE_DATA }, context);

    expect(compiled.diagnostics).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.value).not.toBeNull();
  });
});
