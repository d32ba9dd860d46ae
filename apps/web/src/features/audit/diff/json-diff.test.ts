import { describe, expect, it } from 'vitest';
import { diffJson, flattenJson } from './json-diff';

describe('flattenJson', () => {
  it('flattens objects and arrays to paths with JSON values', () => {
    expect([...flattenJson({ a: 1, b: { c: 'x', d: [true, null] }, e: [], f: {} })]).toEqual([
      ['a', '1'], ['b.c', '"x"'], ['b.d[0]', 'true'], ['b.d[1]', 'null'], ['e', '[]'], ['f', '{}'],
    ]);
  });

  it('names a bare value and leaves null or undefined empty', () => {
    expect([...flattenJson('text')]).toEqual([['(value)', '"text"']]);
    expect(flattenJson(null).size).toBe(0);
    expect(flattenJson(undefined).size).toBe(0);
  });
});

describe('diffJson', () => {
  it('marks each path as changed, unchanged, removed or added', () => {
    const before = { name: 'Acme', ipAllowlist: ['10.0.0.0/8'], requireMfa: false, old: 1 };
    const after = { name: 'Acme', ipAllowlist: ['10.0.0.0/8', '192.0.2.1/32'], requireMfa: true };

    expect(diffJson(before, after)).toEqual([
      { path: 'name', kind: 'unchanged', before: '"Acme"', after: '"Acme"' },
      { path: 'ipAllowlist[0]', kind: 'unchanged', before: '"10.0.0.0/8"', after: '"10.0.0.0/8"' },
      { path: 'requireMfa', kind: 'changed', before: 'false', after: 'true' },
      { path: 'old', kind: 'removed', before: '1', after: undefined },
      { path: 'ipAllowlist[1]', kind: 'added', before: undefined, after: '"192.0.2.1/32"' },
    ]);
  });

  it('shows a creation as all added', () => {
    expect(diffJson(null, { id: 'x' })).toEqual([{ path: 'id', kind: 'added', before: undefined, after: '"x"' }]);
  });
});
