/**
 * Autosave of a draft (logic/save-loop.ts does the saving): every edit is kept locally at once and
 * sent once edits pause, with the revision it is based on; a 409 stops saving until the user
 * reloads. The saved draft goes into the query cache, so the page shows its new revision. Leaving
 * the page sends what is pending; closing the tab with unsent edits asks first.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionDetail, DecisionTable, DecisionVersion } from '@flowforge/contracts';
import { isApiProblem } from '../../../lib/api-problem';
import { useMe } from '../../session';
import { decisionKeys, saveDraft } from '../api/decisions-api';
import { createSaveLoop, type SaveLoop, type SaveStatus } from '../logic/save-loop';

export type { SaveStatus };

const SAVE_DELAY_MS = 800;

interface AutosaveOptions {
  decisionId: string;
  draft: DecisionVersion & { table: DecisionTable };
}

export interface DraftAutosave {
  table: DecisionTable;
  status: SaveStatus;
  change: (next: DecisionTable) => void;
  /** Sends pending edits now; true when the server has the latest table. */
  flush: () => Promise<boolean>;
  /** Stops (true) or resumes (false) saving, e.g. while the draft is being discarded. */
  pause: (isPaused: boolean) => void;
}

function useSaveLoop({ decisionId, draft }: AutosaveOptions, onStatus: (status: SaveStatus) => void): SaveLoop<DecisionTable> {
  const me = useMe();
  const queryClient = useQueryClient();
  const [loop] = useState(() => createSaveLoop(draft.table, {
    revision: draft.revision,
    save: async (table, revision) => {
      const saved = await saveDraft(decisionId, { table, revision });
      queryClient.setQueryData<DecisionDetail>(decisionKeys.one(me.account.id, decisionId), (detail) => (detail ? { ...detail, draft: { ...saved, table: saved.table ?? table } } : detail));
      return saved.revision;
    },
    isConflict: (error) => isApiProblem(error) && error.status === 409,
    onStatus,
  }));
  return loop;
}

export function useDraftAutosave(options: AutosaveOptions): DraftAutosave {
  const [table, setTable] = useState(options.draft.table);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const loop = useSaveLoop(options, setStatus);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const change = useCallback((next: DecisionTable) => {
    setTable(next);
    loop.edit(next);
    clearTimeout(timer.current);
    if (loop.hasPending()) timer.current = setTimeout(() => { void loop.flush(); }, SAVE_DELAY_MS);
  }, [loop]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    return loop.flush();
  }, [loop]);

  const pause = useCallback((isPaused: boolean) => {
    clearTimeout(timer.current);
    loop.pause(isPaused);
  }, [loop]);

  useUnsavedGuard(status === 'pending' || status === 'saving');
  useEffect(() => () => {
    clearTimeout(timer.current);
    if (loop.hasPending()) void loop.flush();
  }, [loop]);

  return { table, status, change, flush, pause };
}

/** Asks before the tab closes while edits are not on the server yet. */
export function useUnsavedGuard(hasUnsaved: boolean): void {
  useEffect(() => {
    if (!hasUnsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => { event.preventDefault(); };
    window.addEventListener('beforeunload', warn);
    return () => { window.removeEventListener('beforeunload', warn); };
  }, [hasUnsaved]);
}
