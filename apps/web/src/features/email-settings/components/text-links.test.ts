import { describe, expect, it } from 'vitest';
import { splitTextLinks } from './text-links';

describe('splitTextLinks', () => {
  it('separates http(s) links from the text around them, without trailing punctuation', () => {
    expect(splitTextLinks('Accept: https://flow.example/i/abc?x=1&y=2.\nOr http://b.example')).toEqual([
      { kind: 'text', value: 'Accept: ' },
      { kind: 'link', value: 'https://flow.example/i/abc?x=1&y=2' },
      { kind: 'text', value: '.\nOr ' },
      { kind: 'link', value: 'http://b.example' },
    ]);
  });

  it('leaves text without links and other schemes alone', () => {
    expect(splitTextLinks('javascript:alert(1) mailto:a@b.c')).toEqual([{ kind: 'text', value: 'javascript:alert(1) mailto:a@b.c' }]);
    expect(splitTextLinks('')).toEqual([]);
  });
});
