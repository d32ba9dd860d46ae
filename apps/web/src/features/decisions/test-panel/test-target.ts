import type { DecisionTable, VersionSelector } from '@flowforge/contracts';
import type { InputField } from '../logic/input-form';

/** What the test panels run against: one version (and, in a DMN model, one decision) and its inputs. */
export interface TestTarget {
  decisionId: string;
  version: VersionSelector;
  /** "draft (version 4)", for headings and messages. */
  versionLabel: string;
  /** The decision of a DMN model to run; undefined runs the model's top decision. */
  decision?: string | undefined;
  fields: InputField[];
  hasComplexInputs: boolean;
  /** The table run (decision tables only), to say where invalid cells are when a run is refused. */
  table?: DecisionTable | undefined;
  /** Makes sure the server has what the panel will run (saves a pending draft); false when it could not. */
  prepare: () => Promise<boolean>;
}

export class NotPreparedError extends Error {}

/** Runs `work` once the target is prepared; a failed preparation becomes a NotPreparedError. */
export async function whenPrepared<T>(target: TestTarget, work: () => Promise<T>): Promise<T> {
  if (!(await target.prepare())) throw new NotPreparedError();
  return work();
}
