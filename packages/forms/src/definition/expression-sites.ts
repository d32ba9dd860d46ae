/**
 * Every expression a form definition contains, with where it sits (owner key and property path)
 * and what it decides. `affectsValue` marks the expressions a field's value or visibility depends
 * on: only those order the evaluation and can form a cycle.
 */
import type { DataField, FormDefinition, FormField } from '@flowforge/contracts';
import { isDataField } from '../field-kinds.ts';

export type SiteRole =
  | 'visibleWhen' | 'enabledWhen' | 'requiredWhen' | 'calculation' | 'defaultExpression' | 'setValueWhen' | 'setValue'
  | 'options' | 'optionsFilter' | 'filter' | 'ruleWhen' | 'rule';

export interface ExpressionSite {
  /** The field, tab or form rule the expression belongs to. */
  readonly owner: string;
  /** Path of the property inside the field, e.g. `setValue[0].value`; for form rules `validationRules[2].expression`. */
  readonly property: string;
  readonly role: SiteRole;
  readonly source: string;
  readonly index?: number;
}

const VALUE_ROLES: ReadonlySet<SiteRole> = new Set(['visibleWhen', 'calculation', 'defaultExpression', 'setValueWhen', 'setValue']);

export function isValueRole(role: SiteRole): boolean {
  return VALUE_ROLES.has(role);
}

/** The site of `source` (none when the property is not set). */
function site(source: string | undefined, where: Omit<ExpressionSite, 'source'>): ExpressionSite[] {
  return source === undefined ? [] : [{ ...where, source }];
}

function selectionSites(field: DataField): ExpressionSite[] {
  if (!('options' in field) || field.options === undefined) return [];
  const options = field.options.source === 'expression' ? site(field.options.expression, { owner: field.key, property: 'options.expression', role: 'options' }) : [];
  return [...options, ...site(field.optionsFilter, { owner: field.key, property: 'optionsFilter', role: 'optionsFilter' })];
}

function dataFieldSites(field: DataField): ExpressionSite[] {
  const { key } = field;
  return [
    ...site(field.calculation, { owner: key, property: 'calculation', role: 'calculation' }),
    ...site(field.defaultExpression, { owner: key, property: 'defaultExpression', role: 'defaultExpression' }),
    ...site(field.enabledWhen, { owner: key, property: 'enabledWhen', role: 'enabledWhen' }),
    ...site(field.requiredWhen, { owner: key, property: 'requiredWhen', role: 'requiredWhen' }),
    ...field.setValue.flatMap((rule, index) => [
      ...site(rule.when, { owner: key, property: `setValue[${index}].when`, role: 'setValueWhen', index }),
      ...site(rule.value, { owner: key, property: `setValue[${index}].value`, role: 'setValue', index }),
    ]),
    ...selectionSites(field),
    ...('filters' in field ? field.filters.flatMap((filter, index) => site(filter.value, { owner: key, property: `filters[${index}].value`, role: 'filter', index })) : []),
    ...field.rules.flatMap((rule, index) => [
      ...site(rule.when, { owner: key, property: `rules[${index}].when`, role: 'ruleWhen', index }),
      ...(rule.kind === 'expression' ? site(rule.expression, { owner: key, property: `rules[${index}].expression`, role: 'rule', index }) : []),
    ]),
  ];
}

/** The expressions of one field (a tabs element includes its tabs' conditions, owned by the tab keys). */
export function listFieldSites(field: FormField): ExpressionSite[] {
  const own = site(field.visibleWhen, { owner: field.key, property: 'visibleWhen', role: 'visibleWhen' });
  if (field.type === 'tabs') {
    return [...own, ...field.tabs.flatMap((tab) => site(tab.visibleWhen, { owner: tab.key, property: 'visibleWhen', role: 'visibleWhen' }))];
  }
  return isDataField(field) ? [...own, ...dataFieldSites(field)] : own;
}

/** The expressions of the form-level validation rules, owned by the rule keys. */
export function listFormRuleSites(definition: FormDefinition): ExpressionSite[] {
  return definition.validationRules.flatMap((rule, index) => [
    ...site(rule.when, { owner: rule.key, property: `validationRules[${index}].when`, role: 'ruleWhen', index }),
    ...site(rule.expression, { owner: rule.key, property: `validationRules[${index}].expression`, role: 'rule', index }),
  ]);
}
