import { describe, expect, it } from 'vitest';
import { filterTimeZoneOptions, listTimeZoneOptions } from './time-zones';

const JANUARY = Date.UTC(2026, 0, 15, 12);

describe('time zone options', () => {
  const options = listTimeZoneOptions({ now: JANUARY, include: ['Europe/Kiev'] });

  it('lists the zones with their current offset, UTC and saved zones included', () => {
    expect(options).toContainEqual({ zone: 'Europe/Berlin', offset: 'GMT+1' });
    expect(options).toContainEqual({ zone: 'Australia/Darwin', offset: 'GMT+9:30' });
    expect(options.map((option) => option.zone)).toEqual(expect.arrayContaining(['UTC', 'Europe/Kiev']));
  });

  it('finds a zone by a name written with spaces', () => {
    const found = filterTimeZoneOptions(options, { query: 'new york', keep: '' });

    expect(found.map((option) => option.zone)).toEqual(['America/New_York']);
  });

  it('finds zones by offset and keeps the selected one', () => {
    const found = filterTimeZoneOptions(options, { query: 'GMT+9:30', keep: 'Europe/Berlin' });

    expect(found.map((option) => option.zone)).toEqual(expect.arrayContaining(['Australia/Darwin', 'Europe/Berlin']));
    expect(found.map((option) => option.zone)).not.toContain('America/New_York');
  });

  it('returns everything for an empty query', () => {
    expect(filterTimeZoneOptions(options, { query: '  ', keep: '' })).toHaveLength(options.length);
  });
});
