/**
 * What one change re-evaluates, computed once per field and cached with the compiled form:
 * phase one = the field and its transitive value dependents (in dependency order); phase two =
 * those plus every field whose conditions, options, filters or rules read one of them.
 */
import type { CompiledForm } from '../definition/compile-form.ts';
import { collectDependents } from '../definition/dependency-graph.ts';
import { rulesReading } from './evaluate-field.ts';

export interface ChangePlan {
  readonly phaseOne: readonly string[];
  readonly phaseTwo: readonly string[];
  readonly formRules: readonly number[];
}

const readersCache = new WeakMap<CompiledForm, Map<string, string[]>>();
const plansCache = new WeakMap<CompiledForm, Map<string, ChangePlan>>();

function readersOf(form: CompiledForm): Map<string, string[]> {
  let readers = readersCache.get(form);
  if (!readers) {
    readers = new Map();
    for (const plan of form.nodes.values()) {
      for (const key of plan.otherReads) readers.set(key, [...(readers.get(key) ?? []), plan.key]);
    }
    readersCache.set(form, readers);
  }
  return readers;
}

export function planChange(form: CompiledForm, key: string): ChangePlan {
  let plans = plansCache.get(form);
  if (!plans) {
    plans = new Map();
    plansCache.set(form, plans);
  }
  const cached = plans.get(key);
  if (cached) return cached;
  const phaseOne = collectDependents(form.graph, key);
  const readers = readersOf(form);
  const phaseTwo = new Set(phaseOne);
  for (const changed of phaseOne) for (const reader of readers.get(changed) ?? []) phaseTwo.add(reader);
  const plan: ChangePlan = { phaseOne, phaseTwo: [...phaseTwo], formRules: rulesReading(form, new Set(phaseOne)) };
  plans.set(key, plan);
  return plan;
}
