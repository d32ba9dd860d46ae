import { describe, expect, it } from 'vitest';
import { checkDefinitionText, toDefinitionProblem } from './definition-check';
import { SAMPLE_DEFINITION, SAMPLE_DEFINITION_TEXT } from './sample-definition';

const withFields = (fields: unknown[]) => JSON.stringify({ ...SAMPLE_DEFINITION, layout: { items: [] }, fields, validationRules: [] });

describe('checkDefinitionText', () => {
  it('accepts the sample definition with no problems and applies the schema defaults', () => {
    const check = checkDefinitionText(SAMPLE_DEFINITION_TEXT);

    expect(check.problems).toEqual([]);
    expect(check.definition?.submissionConfig.submitLabel).toBe('Submit');
  });

  it('reports broken JSON as one problem without a definition', () => {
    const check = checkDefinitionText('{ "fields": [ }');

    expect(check.definition).toBeNull();
    expect(check.problems).toEqual([expect.objectContaining({ code: 'invalid-json', severity: 'error', path: '' })]);
  });

  it('names the field and the JSON path of a schema problem', () => {
    const check = checkDefinitionText(withFields([{ type: 'integer', key: 'age', label: 3 }]));

    expect(check.definition).toBeNull();
    expect(check.problems).toEqual([expect.objectContaining({ code: 'invalid-definition', path: 'age › fields.0.label' })]);
  });

  it('points at the expression range when a condition does not parse', () => {
    const check = checkDefinitionText(withFields([{ type: 'short-text', key: 'city', label: 'City', visibleWhen: '${country' }]));

    expect(check.definition).toBeNull();
    expect(check.problems[0]?.path).toMatch(/^city › visibleWhen \[\d+–\d+\]$/);
  });

  it('names the fields of a calculation cycle', () => {
    const fields = [
      { type: 'integer', key: 'a', label: 'A', calculation: '${b} + 1' },
      { type: 'integer', key: 'b', label: 'B', calculation: '${a} + 1' },
    ];

    const check = checkDefinitionText(withFields(fields));

    expect(check.problems.map((problem) => problem.code)).toContain('cyclic-dependency');
    expect(check.problems.find((problem) => problem.code === 'cyclic-dependency')?.message).toMatch(/a → b → a|b → a → b/);
  });
});

describe('toDefinitionProblem', () => {
  it('adds the cycle to the message when the message does not name it', () => {
    const problem = toDefinitionProblem({ code: 'cyclic-dependency', message: 'Cycle.', severity: 'error', field: 'a', cycle: ['a', 'b', 'a'] });

    expect(problem).toEqual({ code: 'cyclic-dependency', severity: 'error', path: 'a', message: 'Cycle. (a → b → a)' });
  });

  it('describes a form-wide problem with the property only', () => {
    const problem = toDefinitionProblem({ code: 'unknown-field', message: 'Unknown.', severity: 'error', field: null, property: 'layout.items' });

    expect(problem.path).toBe('layout.items');
  });
});
