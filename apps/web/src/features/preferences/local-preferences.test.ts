import { describe, expect, it } from 'vitest';
import { parseLocalPreferences } from './local-preferences';

describe('parseLocalPreferences', () => {
  it('uses what the browser stored', () => {
    expect(parseLocalPreferences({ theme: 'dark', locale: 'de' }, ['en-US'])).toEqual({ theme: 'dark', locale: 'de' });
  });

  it('follows the system theme and the browser language when nothing is stored', () => {
    expect(parseLocalPreferences({ theme: null, locale: null }, ['de-CH', 'en'])).toEqual({ theme: 'system', locale: 'de' });
  });

  it('ignores values it does not know', () => {
    expect(parseLocalPreferences({ theme: 'sepia', locale: 'xx' }, ['fr'])).toEqual({ theme: 'system', locale: 'en' });
  });
});
