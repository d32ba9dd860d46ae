/**
 * The test scenarios of one decision, kept in this browser (localStorage) so they survive reloads
 * and version switches. They are working data of the person testing, not part of a version.
 */
import { useCallback, useEffect, useState } from 'react';
import { readScenarioRows, type ScenarioRow } from '../logic/scenarios';

const PREFIX = 'flowforge.decisionScenarios.';

function load(decisionId: string): ScenarioRow[] {
  try {
    return readScenarioRows(window.localStorage.getItem(PREFIX + decisionId));
  } catch {
    return [];
  }
}

function store(decisionId: string, rows: readonly ScenarioRow[]): void {
  try {
    if (rows.length === 0) window.localStorage.removeItem(PREFIX + decisionId);
    else window.localStorage.setItem(PREFIX + decisionId, JSON.stringify(rows));
  } catch {
    // Storage is full or disabled: the scenarios last for this page only.
  }
}

export function useScenarioRows(decisionId: string): [ScenarioRow[], (update: (rows: ScenarioRow[]) => ScenarioRow[]) => void] {
  const [rows, setRows] = useState(() => load(decisionId));
  useEffect(() => { store(decisionId, rows); }, [decisionId, rows]);
  const update = useCallback((change: (rows: ScenarioRow[]) => ScenarioRow[]) => { setRows(change); }, []);
  return [rows, update];
}
