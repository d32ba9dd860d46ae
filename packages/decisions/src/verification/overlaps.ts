/**
 * Overlap warnings (§11.3 conflict detection): two rules that can match the same input, reported
 * where that is a conflict — UNIQUE (any overlap is an evaluation error) and ANY (an overlap whose
 * outputs differ is an error). FIRST and PRIORITY resolve overlaps by design, so for them the
 * question is which rules can never win (see subsumption.ts); RULE ORDER, COLLECT and OUTPUT ORDER
 * use every match.
 */
import type { VerificationWarning } from '@flowforge/contracts';
import type { DecisionRule } from '@flowforge/contracts';
import { opaqueNote, ruleList, witnessIn } from './describe.ts';
import { canOverlap, emptyDimension, literalOutput, overlapRegion, overrideBetween, sameOutputs } from './rule-relations.ts';
import type { TableModel } from './table-model.ts';

function allLiteral(rule: DecisionRule): boolean {
  return rule.outputEntries.every((entry) => literalOutput(entry) !== undefined);
}

function conflict(model: TableModel, a: number, b: number): string | null {
  const { rules, hitPolicy } = model.table;
  const left = rules[a] as DecisionRule;
  const right = rules[b] as DecisionRule;
  if (overrideBetween(left, right)) return null;
  if (hitPolicy === 'unique') return 'hit policy UNIQUE allows only one matching rule';
  if (sameOutputs(left, right)) return null;
  const outputs = allLiteral(left) && allLiteral(right) ? 'different outputs' : 'outputs that may differ';
  return `with ${outputs}; hit policy ANY requires matching rules to agree`;
}

interface Conflict {
  a: number;
  b: number;
  reason: string;
}

/** Pairs of rules (that can match at all) which overlap in a way the hit policy objects to. */
function conflicts(model: TableModel, limit: number): Conflict[] {
  const live = model.rules.filter((r) => emptyDimension(model, r) === -1);
  const found: Conflict[] = [];
  for (let i = 0; i < live.length && found.length <= limit; i += 1) {
    for (let j = i + 1; j < live.length && found.length <= limit; j += 1) {
      const a = live[i] as number;
      const b = live[j] as number;
      const reason = canOverlap(model, a, b) ? conflict(model, a, b) : null;
      if (reason) found.push({ a, b, reason });
    }
  }
  return found;
}

/** Overlapping pairs that matter for the table's hit policy, at most `limit` of them. */
export function overlapWarnings(model: TableModel, limit: number): VerificationWarning[] {
  const { hitPolicy, rules } = model.table;
  if (hitPolicy !== 'unique' && hitPolicy !== 'any') return [];
  const note = opaqueNote(model, 'rules whose entries there differ are not compared');
  const found = conflicts(model, limit);
  const warnings = found.slice(0, limit).map(({ a, b, reason }): VerificationWarning => {
    const witness = witnessIn(model, overlapRegion(model, a, b) ?? []);
    const ids = [rules[a]?.id ?? '', rules[b]?.id ?? ''];
    const separator = hitPolicy === 'unique' ? '; ' : ', ';
    return { kind: 'overlap', ruleIds: ids, message: `Rules ${ruleList(ids)} both match when ${witness.text}${separator}${reason}.${note}`, witness: witness.values, pointer: null };
  });
  if (found.length > limit) warnings.push({ kind: 'overlap', ruleIds: [], message: `More rules overlap; only the first ${limit} pairs are listed.`, witness: null, pointer: null });
  return warnings;
}
