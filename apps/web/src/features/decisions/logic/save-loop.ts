/**
 * The core of draft autosave, free of React and timers: keeps the latest value, sends it with the
 * revision it is based on, one save at a time, and sends edits made during a save right after it.
 * A conflict (someone else saved a newer revision) stops saving for good — the caller reloads — so
 * no edit silently overwrites another; other failures keep the edits pending for a retry.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface SaveLoopOptions<T> {
  revision: number;
  /** Stores `value` on top of `revision`; answers the new revision. */
  save: (value: T, revision: number) => Promise<number>;
  isConflict: (error: unknown) => boolean;
  onStatus: (status: SaveStatus, error?: unknown) => void;
}

export interface SaveLoop<T> {
  /** Records an edit (nothing is sent until `flush`). */
  edit: (value: T) => void;
  /** Sends what is pending; true when the server has the latest value. */
  flush: () => Promise<boolean>;
  /** Stops (true) or resumes (false) saving; resuming sends what is pending. A conflict stays. */
  pause: (isPaused: boolean) => void;
  hasPending: () => boolean;
}

export function createSaveLoop<T>(initial: T, options: SaveLoopOptions<T>): SaveLoop<T> {
  let latest = initial;
  let revision = options.revision;
  let isDirty = false;
  let isConflicted = false;
  let isPaused = false;
  const isStopped = () => isConflicted || isPaused;
  let running: Promise<boolean> | null = null;

  const saveOnce = async (): Promise<boolean> => {
    isDirty = false;
    options.onStatus('saving');
    try {
      revision = await options.save(latest, revision);
      if (!isDirty) options.onStatus('saved');
      return true;
    } catch (error) {
      const isConflict = options.isConflict(error);
      isConflicted = isConflicted || isConflict;
      isDirty = !isConflict;
      options.onStatus(isConflict ? 'conflict' : 'error', error);
      return false;
    }
  };

  const flush = async (): Promise<boolean> => {
    while (running) await running;
    if (isStopped()) return false;
    if (!isDirty) return true;
    running = saveOnce().finally(() => { running = null; });
    const ok = await running;
    return ok && (isDirty ? flush() : true);
  };

  return {
    edit: (value) => {
      latest = value;
      if (isStopped()) return;
      isDirty = true;
      options.onStatus('pending');
    },
    flush,
    pause: (paused) => {
      isPaused = paused;
      if (!isStopped() && isDirty) void flush();
    },
    hasPending: () => isDirty && !isStopped(),
  };
}
