import { describe, expect, it } from 'vitest';
import { createSaveLoop, type SaveStatus } from './save-loop';

class Conflict extends Error {}

interface Call {
  value: string;
  revision: number;
  resolve: (revision: number) => void;
  reject: (error: unknown) => void;
}

/** A save loop over a fake server whose answers the test gives by hand. */
function setUp(revision = 1) {
  const calls: Call[] = [];
  const statuses: SaveStatus[] = [];
  const loop = createSaveLoop('v0', {
    revision,
    save: (value, base) => new Promise<number>((resolve, reject) => { calls.push({ value, revision: base, resolve, reject }); }),
    isConflict: (error) => error instanceof Conflict,
    onStatus: (status) => { statuses.push(status); },
  });
  return { loop, calls, statuses };
}

const settle = () => new Promise((resolve) => { setTimeout(resolve, 0); });

describe('createSaveLoop', () => {
  it('sends the latest edit with its revision and carries the new revision on', async () => {
    const { loop, calls, statuses } = setUp(4);
    loop.edit('a');
    loop.edit('b');

    const first = loop.flush();
    await settle();
    expect(calls.map((call) => [call.value, call.revision])).toEqual([['b', 4]]);
    calls[0]?.resolve(5);
    expect(await first).toBe(true);

    loop.edit('c');
    const second = loop.flush();
    await settle();
    expect(calls[1]).toMatchObject({ value: 'c', revision: 5 });
    calls[1]?.resolve(6);
    expect(await second).toBe(true);
    expect(statuses).toEqual(['pending', 'pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
  });

  it('saves once at a time and sends edits made during a save right after it', async () => {
    const { loop, calls } = setUp();
    loop.edit('a');
    const flushed = loop.flush();
    await settle();
    loop.edit('b');
    const again = loop.flush();
    await settle();
    expect(calls).toHaveLength(1);

    calls[0]?.resolve(2);
    await settle();
    expect(calls.map((call) => [call.value, call.revision])).toEqual([['a', 1], ['b', 2]]);
    calls[1]?.resolve(3);
    expect(await Promise.all([flushed, again])).toEqual([true, true]);
  });

  it('has nothing to do without edits', async () => {
    const { loop, calls } = setUp();

    expect(await loop.flush()).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('stops for good on a conflict, keeping later edits local', async () => {
    const { loop, calls, statuses } = setUp();
    loop.edit('a');
    const flushed = loop.flush();
    await settle();
    calls[0]?.reject(new Conflict());

    expect(await flushed).toBe(false);
    expect(statuses.at(-1)).toBe('conflict');
    loop.edit('b');
    expect(await loop.flush()).toBe(false);
    expect(calls).toHaveLength(1);
    expect(loop.hasPending()).toBe(false);
    loop.pause(false);
    expect(await loop.flush()).toBe(false);
  });

  it('keeps edits pending after another failure and sends them on retry', async () => {
    const { loop, calls, statuses } = setUp();
    loop.edit('a');
    const flushed = loop.flush();
    await settle();
    calls[0]?.reject(new Error('network'));
    expect(await flushed).toBe(false);
    expect(statuses.at(-1)).toBe('error');
    expect(loop.hasPending()).toBe(true);

    const retried = loop.flush();
    await settle();
    calls[1]?.resolve(2);
    expect(await retried).toBe(true);
    expect(calls[1]).toMatchObject({ value: 'a', revision: 1 });
  });

  it('sends nothing while paused and what is pending once resumed', async () => {
    const { loop, calls } = setUp();
    loop.edit('a');
    loop.pause(true);

    expect(await loop.flush()).toBe(false);
    expect(calls).toHaveLength(0);

    loop.pause(false);
    await settle();
    expect(calls.map((call) => call.value)).toEqual(['a']);
  });
});
