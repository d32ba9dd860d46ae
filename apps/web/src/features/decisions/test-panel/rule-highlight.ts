/**
 * Which rules the grid highlights after an evaluation: the matched rules and those the result came
 * from; after a failed one, the rules the server's problem names (`ruleIds` of a 422, e.g. both
 * rules a UNIQUE table matched, or the rule whose output is not allowed) — they all matched, none
 * gave a result. Any other failure highlights nothing, so no highlight outlives its evaluation.
 */
import type { EvaluationResult } from '@flowforge/contracts';
import { isApiProblem } from '../../../lib/api-problem';

export interface RuleHighlight {
  matched: string[];
  selected: string[];
}

export function highlightOfResult(result: EvaluationResult): RuleHighlight {
  return { matched: result.matchedRules.map((rule) => rule.id), selected: result.selectedRules.map((rule) => rule.id) };
}

export function highlightOfFailure(error: unknown): RuleHighlight {
  const ruleIds = isApiProblem(error) && error.status === 422 ? error.extensions.ruleIds : undefined;
  const matched = Array.isArray(ruleIds) ? ruleIds.filter((id): id is string => typeof id === 'string') : [];
  return { matched, selected: [] };
}
