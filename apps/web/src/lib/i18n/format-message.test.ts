import { describe, expect, it } from 'vitest';
import { formatMessage, listPlaceholders } from './format-message';
import { detectLocale } from './locales';

describe('formatMessage', () => {
  it.each([
    ['Welcome, {name}', { name: 'Ada' }, 'Welcome, Ada'],
    ['{a} and {b}', { a: 1, b: 'two' }, '1 and two'],
    ['No placeholders', { name: 'x' }, 'No placeholders'],
    ['Missing {other}', { name: 'x' }, 'Missing {other}'],
    ['{name} {name}', { name: 'x' }, 'x x'],
  ])('formats %j with %j as %j', (template, params, expected) => {
    expect(formatMessage(template, params)).toBe(expected);
  });

  it('returns the template as is when no params are given', () => {
    expect(formatMessage('Hello {name}')).toBe('Hello {name}');
  });

  it('lists placeholders sorted', () => {
    expect(listPlaceholders('{b} then {a}')).toEqual(['a', 'b']);
  });
});

describe('detectLocale', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr'], 'en'],
    [[], 'en'],
    [['DE'], 'de'],
  ])('picks a supported language from %j', (preferred, expected) => {
    expect(detectLocale(preferred)).toBe(expected);
  });
});
