import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_DATA, DEFAULT_SAMPLE_TEXT, parseSampleData } from './sample-data';

describe('parseSampleData', () => {
  it('reads the default sample text back as the default data', () => {
    const parsed = parseSampleData(DEFAULT_SAMPLE_TEXT);

    expect(parsed).toEqual({ ok: true, values: DEFAULT_SAMPLE_DATA });
  });

  it('reports a syntax problem with the parser’s detail when the JSON is broken', () => {
    const parsed = parseSampleData('{ "amount": }');

    expect(parsed).toMatchObject({ ok: false, problem: 'syntax', detail: expect.stringMatching(/\S/) as unknown });
  });

  it.each([['[1, 2]'], ['42'], ['null'], ['"text"']])('refuses %s because it is not an object', (text) => {
    expect(parseSampleData(text)).toEqual({ ok: false, problem: 'not-object' });
  });
});
