import { describe, expect, it } from 'vitest';
import committed from '../../../../docs/expressions.md?raw';
import { BUILTIN_FUNCTIONS } from '../functions/registry.ts';
import { renderExpressionDocs } from './render-docs.ts';

describe('docs/expressions.md', () => {
  it('is up to date with the registry (run `npm run generate-docs -w @flowforge/expressions`)', () => {
    expect(committed).toBe(renderExpressionDocs());
  });

  it('documents every function with a signature and an example', () => {
    const docs = renderExpressionDocs();

    for (const def of BUILTIN_FUNCTIONS) {
      expect(docs).toContain(`#### ${def.name}\n\n\`${def.name}(`);
      expect(def.examples.length).toBeGreaterThan(0);
      expect(def.description.length).toBeGreaterThan(10);
    }
  });
});
