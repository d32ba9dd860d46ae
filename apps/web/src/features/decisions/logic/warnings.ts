/** Verification warnings in grid terms: rule numbers instead of ids, column labels instead of ids. */
import type { DecisionTable, VerificationWarning } from '@flowforge/contracts';

export interface DescribedWarning {
  /** 1-based rule numbers, in table order; ids no longer in the table are left out. */
  rules: number[];
  witness: { column: string; value: string }[];
}

export function describeWarning(table: DecisionTable, warning: VerificationWarning): DescribedWarning {
  const positions = new Map(table.rules.map((rule, index) => [rule.id, index + 1]));
  const rules = warning.ruleIds.map((id) => positions.get(id)).filter((position) => position !== undefined).sort((a, b) => a - b);
  const columns = new Map(table.inputs.map((input) => [input.id, input.label.trim() === '' ? input.expression : input.label]));
  const witness = Object.entries(warning.witness ?? {}).map(([id, value]) => ({ column: columns.get(id) ?? id, value }));
  return { rules, witness };
}
