import { describe, expect, it } from 'vitest';
import { findInvalidLines, linesFromFieldErrors, listsAddress, parseAllowlist } from './ip-allowlist-lines';

describe('the IP allowlist editor', () => {
  const entries = parseAllowlist('10.0.0.0/8\n\n  192.0.2.7 \nintranet\n2001:db8::/32\n');

  it('keeps the line number of every non-empty, trimmed entry', () => {
    expect(entries).toEqual([
      { line: 1, value: '10.0.0.0/8' }, { line: 3, value: '192.0.2.7' }, { line: 4, value: 'intranet' }, { line: 5, value: '2001:db8::/32' },
    ]);
  });

  it('finds the lines that are neither an address nor a range', () => {
    expect(findInvalidLines(entries)).toEqual([4]);
    expect(findInvalidLines(parseAllowlist('10.0.0.0/33\n::1'))).toEqual([1]);
  });

  it('maps the server\'s entry pointers back to lines, skipping blank lines', () => {
    expect(linesFromFieldErrors(entries, { 'ipAllowlist.2': 'Invalid', ipAllowlist: 'Lockout', other: 'x' })).toEqual([4]);
  });

  it('tells whether the caller\'s address is listed', () => {
    expect(listsAddress(entries, '192.0.2.7')).toBe(true);
    expect(listsAddress(parseAllowlist('192.0.2.7/32'), '192.0.2.7')).toBe(true);
    expect(listsAddress(entries, '10.1.1.1')).toBe(false);
  });
});
