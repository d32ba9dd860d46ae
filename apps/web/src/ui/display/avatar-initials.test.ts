import { describe, expect, it } from 'vitest';
import { computeInitials } from './avatar-initials';

describe('computeInitials', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada', 'A'],
    ['  Grace   Brewster Hopper ', 'GH'],
    ['Émile Zola', 'ÉZ'],
    ['', '?'],
  ])('makes %j into %j', (name, initials) => {
    expect(computeInitials(name)).toBe(initials);
  });
});
