/**
 * The Scenarios tab's rows kept in step with the decision's saved scenarios, free of React and
 * timers (useSavedScenarios wires it to the page). Edits change the rows at once and are handed to a
 * save loop (logic/save-loop.ts: one save at a time, with the revision it is based on, a 409 stops
 * saving until the person reloads). Rows with cells that do not fit their column are not saved —
 * the state says `invalid` until they are fixed. The server's list is taken when it first arrives
 * and later only when it is newer and nothing here is unsaved, so someone else's save shows up
 * without ever replacing edits in progress.
 */
import type { ScenarioSet, TestScenario } from '@flowforge/contracts';
import type { InputField } from '../logic/input-form';
import { createSaveLoop, type SaveLoop, type SaveStatus } from '../logic/save-loop';
import type { ScenarioCellError, ScenarioRow } from '../logic/scenarios';
import { fieldsKey, rebaseRows, rowFromScenario, savedScenariosOf, type SavedScenario } from './saved-scenarios';

/** The save loop's states, plus `invalid`: edited rows hold cells that do not fit, so they wait. */
export type ScenarioSaveStatus = SaveStatus | 'invalid';

export interface ScenarioSyncState {
  /** False until the saved list arrived. */
  isLoaded: boolean;
  rows: ScenarioRow[];
  status: ScenarioSaveStatus;
  /** Cells whose text does not fit their column. */
  errors: ScenarioCellError[];
}

export interface ScenarioSyncOptions {
  /** Stores the list on top of `revision`; answers the new revision. */
  save: (scenarios: TestScenario[], revision: number) => Promise<number>;
  isConflict: (error: unknown) => boolean;
}

export interface ScenarioSync {
  subscribe: (listener: () => void) => () => void;
  /** The current state (a new object after every change, the same one otherwise). */
  snapshot: () => ScenarioSyncState;
  /** The fields rows show; rows are split again when they change. */
  setFields: (fields: readonly InputField[]) => void;
  /** The list as the server has it: taken at first, later only when newer and nothing is unsaved. */
  receive: (set: ScenarioSet) => void;
  /** Starts over from the server's list, dropping unsaved edits (after a conflict). */
  reset: (set: ScenarioSet) => void;
  change: (update: (rows: ScenarioRow[]) => ScenarioRow[]) => void;
  /** Adds a row for a scenario (an evaluated input kept as a scenario). */
  add: (scenario: SavedScenario) => void;
  /** Sends what is pending; true when the server has the rows as they are. */
  flush: () => Promise<boolean>;
  /** Edits not on the server yet that a flush would send. */
  hasPending: () => boolean;
}

type Publish = (patch: Partial<ScenarioSyncState>) => void;

/** A save loop whose reports are dropped once a newer loop replaced it (after a reset). */
function saveLoopFor(options: ScenarioSyncOptions, start: { set: ScenarioSet; isCurrent: () => boolean; onSaved: (revision: number) => void; onStatus: (status: SaveStatus) => void }): SaveLoop<TestScenario[]> {
  return createSaveLoop<TestScenario[]>(start.set.scenarios, {
    revision: start.set.revision,
    save: async (scenarios, revision) => {
      const saved = await options.save(scenarios, revision);
      if (start.isCurrent()) start.onSaved(saved);
      return saved;
    },
    isConflict: options.isConflict,
    onStatus: (status) => { if (start.isCurrent()) start.onStatus(status); },
  });
}

function createStore(initial: ScenarioSyncState): { publish: Publish; snapshot: () => ScenarioSyncState; subscribe: ScenarioSync['subscribe'] } {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    publish: (patch) => {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    snapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

export function createScenarioSync(options: ScenarioSyncOptions): ScenarioSync {
  const store = createStore({ isLoaded: false, rows: [], status: 'saved', errors: [] });
  let fields: readonly InputField[] = [];
  let revision = 0;
  let generation = 0;
  let hasInvalidEdit = false;
  // While edited rows are invalid, the loop's own reports (a save finishing) must not hide that.
  const shown = (status: SaveStatus): ScenarioSaveStatus => (hasInvalidEdit && status !== 'conflict' && status !== 'error' ? 'invalid' : status);
  let loop: SaveLoop<TestScenario[]> | null = null;

  const reset = (set: ScenarioSet) => {
    generation += 1;
    const mine = generation;
    revision = set.revision;
    hasInvalidEdit = false;
    loop = saveLoopFor(options, {
      set, isCurrent: () => mine === generation, onSaved: (saved) => { revision = saved; }, onStatus: (status) => { store.publish({ status: shown(status) }); },
    });
    const rows = set.scenarios.map((scenario) => rowFromScenario(fields, scenario));
    store.publish({ isLoaded: true, rows, status: 'saved', errors: savedScenariosOf(rows, fields).errors });
  };

  const commit = (rows: ScenarioRow[]) => {
    const built = savedScenariosOf(rows, fields);
    hasInvalidEdit = built.errors.length > 0;
    store.publish({ rows, errors: built.errors, status: hasInvalidEdit ? 'invalid' : 'pending' });
    if (!hasInvalidEdit) loop?.edit(built.scenarios);
  };

  const isEditable = () => store.snapshot().isLoaded && store.snapshot().status !== 'conflict';

  return {
    subscribe: store.subscribe,
    snapshot: store.snapshot,
    setFields: (next) => {
      if (fieldsKey(next) === fieldsKey(fields)) return;
      const rows = rebaseRows(store.snapshot().rows, fields, next);
      fields = next;
      // Split again, the rows hold the same scenarios; only invalid edits are checked again.
      if (hasInvalidEdit && isEditable()) commit(rows);
      else store.publish({ rows, errors: savedScenariosOf(rows, fields).errors });
    },
    receive: (set) => {
      const { isLoaded, status } = store.snapshot();
      if (!isLoaded || (set.revision > revision && status === 'saved')) reset(set);
    },
    reset,
    change: (update) => { if (isEditable()) commit(update(store.snapshot().rows)); },
    add: (scenario) => { if (isEditable()) commit([...store.snapshot().rows, rowFromScenario(fields, scenario)]); },
    flush: async () => !hasInvalidEdit && (loop ? loop.flush() : true),
    hasPending: () => loop?.hasPending() ?? false,
  };
}
