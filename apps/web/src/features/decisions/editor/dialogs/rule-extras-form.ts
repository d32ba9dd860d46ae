// The rule settings dialog's draft (spec §11.3): an explicit priority, effective dates and the
// rules this one overrides; its checks before saving and the patch that saves it.
import type { RuleExtrasPatch } from '@flowforge/decisions';
import type { DecisionRule } from '../decision-model';

export interface RuleExtrasDraft {
  priority: string;
  validFrom: string;
  validTo: string;
  overrideIds: readonly string[];
}

export type RuleExtrasError = 'integer' | 'date' | 'dateOrder';
export type RuleExtrasErrors = Partial<Record<'priority' | 'validFrom' | 'validTo', RuleExtrasError>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function extrasDraftOf(rule: DecisionRule): RuleExtrasDraft {
  return { priority: rule.priority === null ? '' : String(rule.priority), validFrom: rule.validFrom ?? '', validTo: rule.validTo ?? '', overrideIds: rule.overrideIds };
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isPriority(text: string): boolean {
  return text === '' || (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)));
}

function dateErrors(draft: RuleExtrasDraft): RuleExtrasErrors {
  const fromValid = draft.validFrom === '' || isIsoDate(draft.validFrom);
  const toValid = draft.validTo === '' || isIsoDate(draft.validTo);
  if (!fromValid || !toValid) return { ...(fromValid ? {} : { validFrom: 'date' }), ...(toValid ? {} : { validTo: 'date' }) };
  const isOrdered = draft.validFrom === '' || draft.validTo === '' || draft.validFrom <= draft.validTo;
  return isOrdered ? {} : { validTo: 'dateOrder' };
}

export function validateExtrasDraft(draft: RuleExtrasDraft): RuleExtrasErrors {
  const errors = dateErrors(draft);
  return isPriority(draft.priority.trim()) ? errors : { priority: 'integer', ...errors };
}

/** The patch for a valid draft; overrides keep the table's rule order and only rules that exist. */
export function extrasPatchOf(draft: RuleExtrasDraft, ruleIds: readonly string[]): RuleExtrasPatch {
  const priority = draft.priority.trim();
  return {
    priority: priority === '' ? null : Number(priority),
    validFrom: draft.validFrom === '' ? null : draft.validFrom,
    validTo: draft.validTo === '' ? null : draft.validTo,
    overrideIds: ruleIds.filter((id) => draft.overrideIds.includes(id)),
  };
}

export function toggleOverride(draft: RuleExtrasDraft, ruleId: string, isOn: boolean): RuleExtrasDraft {
  const others = draft.overrideIds.filter((id) => id !== ruleId);
  return { ...draft, overrideIds: isOn ? [...others, ruleId] : others };
}
