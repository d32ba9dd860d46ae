/**
 * Simulation (§11.3 "test rule interactions"): running test scenarios — inputs and the expected
 * result — against a decision and reporting each as passed or failed. Results are compared as FEEL
 * values (`sameValue`: deep, numbers exact); a scenario whose evaluation fails is a failed
 * scenario carrying the error, never an exception.
 */
import type { MatchedRule, TestScenario } from '@flowforge/contracts';
import { sameValue } from '../feel/values.ts';
import { errorMessage, type Evaluator } from './evaluator.ts';

export interface ScenarioResult {
  name: string;
  passed: boolean;
  actual: unknown;
  expected: unknown;
  matchedRules: MatchedRule[];
  error: string | null;
}

export interface ScenarioReport {
  passed: number;
  failed: number;
  results: ScenarioResult[];
}

function runScenario(evaluate: Evaluator, scenario: TestScenario, index: number): ScenarioResult {
  const name = scenario.name?.trim() || `Scenario ${index + 1}`;
  const expected = scenario.expected ?? null;
  try {
    const evaluation = evaluate(scenario.inputs);
    return { name, passed: sameValue(evaluation.result, expected), actual: evaluation.result, expected, matchedRules: evaluation.matchedRules, error: null };
  } catch (error) {
    return { name, passed: false, actual: null, expected, matchedRules: [], error: errorMessage(error) };
  }
}

/** Runs every scenario; unnamed scenarios are called "Scenario <n>". */
export function runScenarios(evaluate: Evaluator, scenarios: readonly TestScenario[]): ScenarioReport {
  const results = scenarios.map((scenario, index) => runScenario(evaluate, scenario, index));
  const passed = results.filter((result) => result.passed).length;
  return { passed, failed: results.length - passed, results };
}
