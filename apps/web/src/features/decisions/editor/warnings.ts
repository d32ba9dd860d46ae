// Verification warnings arranged for the grid: those naming rules go on the rows concerned, those
// naming none (gaps) above the grid, and a witness input is spelled with the input columns' labels.
import type { DecisionInput, VerificationWarning } from './decision-model';

export interface ArrangedWarnings {
  /** Warnings per rule id, in the order the verifier reported them. */
  byRule: ReadonlyMap<string, readonly VerificationWarning[]>;
  /** Warnings about the table as a whole (gaps). */
  general: readonly VerificationWarning[];
}

export const NO_WARNINGS: ArrangedWarnings = { byRule: new Map(), general: [] };

export function arrangeWarnings(warnings: readonly VerificationWarning[] | undefined): ArrangedWarnings {
  if (!warnings || warnings.length === 0) return NO_WARNINGS;
  const byRule = new Map<string, VerificationWarning[]>();
  const general: VerificationWarning[] = [];
  for (const warning of warnings) {
    if (warning.ruleIds.length === 0) general.push(warning);
    for (const ruleId of new Set(warning.ruleIds)) {
      const list = byRule.get(ruleId) ?? [];
      list.push(warning);
      byRule.set(ruleId, list);
    }
  }
  return { byRule, general };
}

/** `Amount = 1000, Region = "EU"`: the witness in column order, by label (else expression). */
export function describeWitness(witness: Readonly<Record<string, string>> | null, inputs: readonly DecisionInput[]): string {
  if (!witness) return '';
  const known = inputs.filter((input) => input.id in witness).map((input) => `${input.label.trim() || input.expression} = ${witness[input.id] ?? ''}`);
  const unknown = Object.keys(witness).filter((id) => !inputs.some((input) => input.id === id)).map((id) => `${id} = ${witness[id] ?? ''}`);
  return [...known, ...unknown].join(', ');
}
