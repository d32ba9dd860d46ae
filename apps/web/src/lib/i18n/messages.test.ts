import { describe, expect, it } from 'vitest';
import { listPlaceholders } from './format-message';
import { LOCALES, MESSAGES } from './locales';

const englishKeys = Object.keys(MESSAGES.en).sort();

describe.each(LOCALES.filter((locale) => locale !== 'en'))('messages of %s', (locale) => {
  const messages = MESSAGES[locale];

  it('has exactly the keys of English', () => {
    const keys = Object.keys(messages).sort();

    expect(keys).toEqual(englishKeys);
  });

  it('keeps the placeholders of every English message', () => {
    const mismatches = englishKeys.filter((key) => {
      const english = MESSAGES.en[key as keyof typeof messages];
      const translated = messages[key as keyof typeof messages];
      return listPlaceholders(english).join() !== listPlaceholders(translated).join();
    });

    expect(mismatches).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');

    expect(empty).toEqual([]);
  });
});
