/**
 * The decision's saved test scenarios for the Scenarios tab (test-panel/scenario-sync.ts does the
 * bookkeeping): loaded from the server, edited as rows, saved once edits pause (like the draft's
 * autosave) with the revision they are based on. Someone else's newer list shows up when the query
 * refetches, unless edits here are unsaved; a 409 stops saving until Reload. Leaving the page sends
 * what is pending; closing the tab with unsaved edits asks first. Read-only without `decisions:update`.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { isApiProblem } from '../../../lib/api-problem';
import { useMe } from '../../session';
import { saveScenarios, scenariosQueryOptions } from '../api/decisions-api';
import type { InputField } from '../logic/input-form';
import type { ScenarioRow } from '../logic/scenarios';
import type { SavedScenario } from '../test-panel/saved-scenarios';
import { createScenarioSync, type ScenarioSync, type ScenarioSyncState } from '../test-panel/scenario-sync';
import { useUnsavedGuard } from './useDraftAutosave';

const SAVE_DELAY_MS = 800;

interface SavedScenariosOptions {
  decisionId: string;
  /** The input fields of the version shown: the rows' columns. */
  fields: readonly InputField[];
  /** May change the scenarios (`decisions:update`). */
  canUpdate: boolean;
}

export interface SavedScenarios extends ScenarioSyncState {
  /** The rows take edits: allowed, loaded, and not stopped by a conflict. */
  canEdit: boolean;
  /** Why the list could not be loaded (before it ever was). */
  loadError: Error | null;
  change: (update: (rows: ScenarioRow[]) => ScenarioRow[]) => void;
  add: (scenario: SavedScenario) => void;
  /** After a conflict: fetches the saved list and starts over from it. */
  reload: () => void;
  /** After a failed save: sends the edits again. */
  retrySave: () => void;
  retryLoad: () => void;
}

// One sync per decision (and account): its saves go to the decision it was made for.
function useScenarioSync(decisionId: string): ScenarioSync {
  const accountId = useMe().account.id;
  const queryClient = useQueryClient();
  return useMemo(() => createScenarioSync({
    save: async (scenarios, revision) => {
      const saved = await saveScenarios(decisionId, { scenarios, revision });
      queryClient.setQueryData(scenariosQueryOptions(accountId, decisionId).queryKey, saved);
      return saved.revision;
    },
    isConflict: (error) => isApiProblem(error) && error.status === 409,
  }), [accountId, decisionId, queryClient]);
}

export function useSavedScenarios({ decisionId, fields, canUpdate }: SavedScenariosOptions): SavedScenarios {
  const me = useMe();
  const query = useQuery(scenariosQueryOptions(me.account.id, decisionId));
  const sync = useScenarioSync(decisionId);
  const state = useSyncExternalStore(sync.subscribe, sync.snapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    if (sync.hasPending()) timer.current = setTimeout(() => { void sync.flush(); }, SAVE_DELAY_MS);
  }, [sync]);

  // Fields first: the list that arrives is split over the fields shown.
  useEffect(() => { sync.setFields(fields); schedule(); }, [sync, fields, schedule]);
  useEffect(() => { if (query.data) sync.receive(query.data); }, [sync, query.data]);
  useEffect(() => () => {
    clearTimeout(timer.current);
    if (sync.hasPending()) void sync.flush();
  }, [sync]);
  useUnsavedGuard(state.status === 'pending' || state.status === 'saving' || state.status === 'invalid');

  const change = useCallback((update: (rows: ScenarioRow[]) => ScenarioRow[]) => {
    if (!canUpdate) return;
    sync.change(update);
    schedule();
  }, [sync, schedule, canUpdate]);
  const add = useCallback((scenario: SavedScenario) => {
    if (!canUpdate) return;
    sync.add(scenario);
    schedule();
  }, [sync, schedule, canUpdate]);
  const { refetch } = query;
  const reload = useCallback(() => {
    clearTimeout(timer.current);
    void refetch().then((result) => { if (result.data) sync.reset(result.data); });
  }, [sync, refetch]);
  const retrySave = useCallback(() => { clearTimeout(timer.current); void sync.flush(); }, [sync]);
  const retryLoad = useCallback(() => { void refetch(); }, [refetch]);

  return {
    ...state,
    canEdit: canUpdate && state.isLoaded && state.status !== 'conflict',
    loadError: state.isLoaded ? null : query.error,
    change, add, reload, retrySave, retryLoad,
  };
}
