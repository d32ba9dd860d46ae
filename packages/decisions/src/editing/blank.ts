/**
 * What new rules, columns and tables start with: a rule matches anything (`-` in every input entry)
 * and has empty output entries to fill in; a column gets the next free id and a name derived from
 * it; a new table has one input, one output, one rule and hit policy FIRST.
 */
import type { DecisionInput, DecisionOutput, DecisionRule, DecisionTable } from '@flowforge/contracts';
import { idNumber, nextId, uniqueName } from './ids.ts';

/** What an input entry is cleared to: the unary test that matches anything. */
export const ANY_ENTRY = '-';

export function columnIds(table: DecisionTable): string[] {
  return [...table.inputs.map((input) => input.id), ...table.outputs.map((output) => output.id)];
}

export function blankRule(table: DecisionTable): DecisionRule {
  return {
    id: nextId('r', table.rules.map((rule) => rule.id)),
    inputEntries: table.inputs.map(() => ANY_ENTRY),
    outputEntries: table.outputs.map(() => ''),
    annotation: '',
    priority: null,
    validFrom: null,
    validTo: null,
    overrideIds: [],
  };
}

export function blankInput(table: DecisionTable): DecisionInput {
  const id = nextId('in', columnIds(table));
  const expression = uniqueName(`input${idNumber(id) ?? ''}`, table.inputs.map((input) => input.expression));
  return { id, label: '', expression, type: 'any', allowedValues: null };
}

export function blankOutput(table: DecisionTable): DecisionOutput {
  const id = nextId('out', columnIds(table));
  const name = uniqueName(`output${idNumber(id) ?? ''}`, table.outputs.map((output) => output.name));
  return { id, name, label: '', type: 'any', allowedValues: [], defaultValue: null };
}

/** A new table: one input, one output, one rule that matches anything; hit policy FIRST. */
export function emptyDecisionTable(): DecisionTable {
  const start: DecisionTable = { hitPolicy: 'first', aggregation: null, inputs: [], outputs: [], rules: [] };
  const withInput: DecisionTable = { ...start, inputs: [blankInput(start)] };
  const withColumns: DecisionTable = { ...withInput, outputs: [blankOutput(withInput)] };
  return { ...withColumns, rules: [blankRule(withColumns)] };
}
