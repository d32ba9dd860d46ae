/**
 * Rule commands: add, delete, move and duplicate rules, and set a rule's §11.3 extras (priority,
 * effective dates, overrides). Each returns the new table and the command that reverts it.
 */
import type { DecisionRule, DecisionTable } from '@flowforge/contracts';
import type {
  AddRuleCommand, AppliedCommand, DeleteRuleCommand, DuplicateRuleCommand, MoveRuleCommand, RuleExtrasPatch,
  SetRuleExtrasCommand, TableCommand,
} from './commands.ts';
import { blankRule } from './blank.ts';
import { insertAt, moveItem, removeAt, replaceAt } from './list.ts';
import { checkFreeId, checkIndex, checkLength, checkRuleLimit, ruleIndexOf } from './lookup.ts';
import { nextId } from './ids.ts';
import { previousValues } from './property-commands.ts';

export function addRule(table: DecisionTable, command: AddRuleCommand): AppliedCommand {
  checkIndex(command.index, table.rules.length, 'rules');
  checkRuleLimit(table);
  const rule = command.rule ?? blankRule(table);
  checkFreeId(table.rules.map((r) => r.id), rule.id);
  checkLength(rule.inputEntries.length, table.inputs.length, 'input entries');
  checkLength(rule.outputEntries.length, table.outputs.length, 'output entries');
  return {
    table: { ...table, rules: insertAt(table.rules, command.index, rule) },
    inverse: { type: 'deleteRule', ruleId: rule.id },
  };
}

/** Deleting a rule also drops its id from other rules' overrides (a later rule could reuse it). */
export function deleteRule(table: DecisionTable, command: DeleteRuleCommand): AppliedCommand {
  const index = ruleIndexOf(table, command.ruleId);
  const rule = table.rules[index] as DecisionRule;
  const restore: TableCommand[] = [];
  const rules = removeAt(table.rules, index).map((other) => {
    if (!other.overrideIds.includes(rule.id)) return other;
    restore.push({ type: 'setRuleExtras', ruleId: other.id, patch: { overrideIds: other.overrideIds } });
    return { ...other, overrideIds: other.overrideIds.filter((id) => id !== rule.id) };
  });
  const reinsert: TableCommand = { type: 'addRule', index, rule };
  return {
    table: { ...table, rules },
    inverse: restore.length === 0 ? reinsert : { type: 'batch', commands: [reinsert, ...restore] },
  };
}

export function moveRule(table: DecisionTable, command: MoveRuleCommand): AppliedCommand {
  const from = ruleIndexOf(table, command.ruleId);
  checkIndex(command.toIndex, table.rules.length - 1, 'rules');
  return {
    table: { ...table, rules: moveItem(table.rules, from, command.toIndex) },
    inverse: { type: 'moveRule', ruleId: command.ruleId, toIndex: from },
  };
}

export function duplicateRule(table: DecisionTable, command: DuplicateRuleCommand): AppliedCommand {
  const index = ruleIndexOf(table, command.ruleId);
  const original = table.rules[index] as DecisionRule;
  const copy: DecisionRule = {
    ...original,
    id: nextId('r', table.rules.map((rule) => rule.id)),
    inputEntries: [...original.inputEntries],
    outputEntries: [...original.outputEntries],
    overrideIds: [...original.overrideIds],
  };
  return addRule(table, { type: 'addRule', index: index + 1, rule: copy });
}

/** A rule never overrides itself, and lists each overridden rule once. */
export function setRuleExtras(table: DecisionTable, command: SetRuleExtrasCommand): AppliedCommand {
  const index = ruleIndexOf(table, command.ruleId);
  const rule = table.rules[index] as DecisionRule;
  const patch: RuleExtrasPatch = { ...command.patch };
  if (patch.overrideIds) patch.overrideIds = [...new Set(patch.overrideIds)].filter((id) => id !== rule.id);
  return {
    table: { ...table, rules: replaceAt(table.rules, index, { ...rule, ...patch }) },
    inverse: { type: 'setRuleExtras', ruleId: rule.id, patch: previousValues(rule, patch) },
  };
}
