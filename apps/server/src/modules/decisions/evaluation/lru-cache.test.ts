import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache.ts';

describe('LruCache', () => {
  it('drops the least recently used entry when full', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);

    cache.get('a');
    cache.set('c', 3);

    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });

  it('replaces the value of a key it already holds without growing', () => {
    const cache = new LruCache<string>(2);

    cache.set('a', 'old');
    cache.set('a', 'new');

    expect([cache.get('a'), cache.size]).toEqual(['new', 1]);
  });
});
