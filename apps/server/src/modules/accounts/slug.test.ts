import { describe, expect, it } from 'vitest';
import { slugify, withSuffix } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Acme', 'acme'],
    ['Acme GmbH & Co.', 'acme-gmbh-co'],
    ['  Müller Straße  ', 'muller-strasse'],
    ['---', 'account'],
    ['日本', 'account'],
    ['a'.repeat(80), 'a'.repeat(48)],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('produces slugs the accounts table accepts', () => {
    expect(withSuffix(slugify('x'.repeat(100)), 'abcd')).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/);
  });
});
