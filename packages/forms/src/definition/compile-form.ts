/**
 * Compiles a form definition once: every expression (checked against the form's field types), the
 * layout tree and the dependency graph. The result is cached per definition object, so the form
 * state, every change and every submission of the same definition share it.
 */
import type { DataField, FormDefinition, FormField, FormValidationRule } from '@flowforge/contracts';
import { compileExpression, type CompiledExpression, type FieldTypes } from '@flowforge/expressions';
import { isDataField } from '../field-kinds.ts';
import { buildDependencyGraph, type DependencyGraph } from './dependency-graph.ts';
import { buildFieldTypes, OPTION_KEY, optionTypeOf } from './expression-types.ts';
import { isValueRole, listFieldSites, listFormRuleSites, type ExpressionSite, type SiteRole } from './expression-sites.ts';
import { definitionError, type FormDiagnostic } from './form-diagnostic.ts';
import { buildLayoutTree, type LayoutTree } from './layout-tree.ts';

export interface CompiledSite {
  readonly site: ExpressionSite;
  readonly expression: CompiledExpression;
  /** Keys of the form's nodes the expression reads. */
  readonly reads: readonly string[];
  /** Those keys with their node's slot (unknown keys left out). */
  readonly readSlots: readonly (readonly [string, number])[];
}

/** Everything the runtime evaluates for one key (a field, a layout element or a tab). */
export interface NodePlan {
  readonly key: string;
  /** Index of the node in the runtime's per-node arrays (`CompiledForm.plans`). */
  readonly slot: number;
  /** The field, or null for a tab. */
  readonly field: FormField | null;
  /** The field when it holds a value. */
  readonly data: DataField | null;
  readonly parent: string | null;
  readonly sites: readonly CompiledSite[];
  /** Keys this node's visibility or value reads (its parent included). */
  readonly valueReads: readonly string[];
  /** Keys its enabled/required/options/filters/rules read. */
  readonly otherReads: readonly string[];
}

export interface FormRulePlan {
  readonly rule: FormValidationRule;
  readonly sites: readonly CompiledSite[];
  /** Keys the rule reads, its target fields included (their visibility decides whether it runs). */
  readonly reads: readonly string[];
}

export interface CompiledForm {
  readonly definition: FormDefinition;
  readonly layout: LayoutTree;
  readonly nodes: ReadonlyMap<string, NodePlan>;
  /** The same plans by slot. */
  readonly plans: readonly NodePlan[];
  /** Keys of the data fields, in definition order. */
  readonly dataKeys: readonly string[];
  readonly graph: DependencyGraph;
  readonly formRules: readonly FormRulePlan[];
  readonly diagnostics: readonly FormDiagnostic[];
}

const cache = new WeakMap<FormDefinition, CompiledForm>();

interface Scope {
  readonly definition: FormDefinition;
  readonly layout: LayoutTree;
  /** The checker's view of the form's fields. */
  readonly fields: FieldTypes;
}

function compileSites(sites: readonly ExpressionSite[], scope: { fields: FieldTypes; optionFields?: FieldTypes }, diagnostics: FormDiagnostic[]): CompiledSite[] {
  return sites.map((site) => {
    const fields = site.role === 'optionsFilter' ? (scope.optionFields ?? scope.fields) : scope.fields;
    const expression = compileExpression(site.source, { fields });
    for (const problem of expression.diagnostics) {
      diagnostics.push({ code: problem.code, message: problem.message, severity: problem.severity, field: site.owner, property: site.property, from: problem.from, to: problem.to });
    }
    const reads = [...new Set(expression.references.map((reference) => reference.split('.')[0] as string))];
    return { site, expression, reads: site.role === 'optionsFilter' ? reads.filter((key) => key !== OPTION_KEY) : reads, readSlots: [] };
  });
}

function readsOf(sites: readonly CompiledSite[], owner: string, wanted: (role: SiteRole) => boolean): string[] {
  const keys = new Set<string>();
  for (const { site, reads } of sites) {
    // a value-set rule may read its own field (`when: ${due} EMPTY`); that is not a dependency
    if (wanted(site.role)) for (const key of reads) if (!(key === owner && site.role.startsWith('setValue'))) keys.add(key);
  }
  return [...keys];
}

type NodeDraft = Omit<NodePlan, 'data' | 'valueReads' | 'otherReads'>;

function planNode({ key, slot, field, parent, sites }: NodeDraft): NodePlan {
  const valueReads = readsOf(sites, key, isValueRole);
  if (parent !== null) valueReads.push(parent);
  const data = field && isDataField(field) ? field : null;
  return { key, slot, field, data, parent, sites, valueReads, otherReads: readsOf(sites, key, (role) => !isValueRole(role)) };
}

/** The fields an options filter sees: the form's and `${option}` (copied only for fields with a filter). */
function optionScope(field: FormField, fields: FieldTypes): FieldTypes {
  const hasFilter = isDataField(field) && 'optionsFilter' in field && field.optionsFilter !== undefined;
  return hasFilter ? { ...fields, [OPTION_KEY]: optionTypeOf(field) } : fields;
}

function planNodes({ definition, layout, fields }: Scope, diagnostics: FormDiagnostic[]): Map<string, NodePlan> {
  const plans = new Map<string, NodePlan>();
  for (const field of definition.fields) {
    if (layout.nodes.get(field.key)?.field !== field) continue; // a duplicate key: reported by the layout
    const sites = compileSites(listFieldSites(field), { fields, optionFields: optionScope(field, fields) }, diagnostics);
    const own = sites.filter((compiled) => compiled.site.owner === field.key);
    plans.set(field.key, planNode({ key: field.key, slot: plans.size, field, parent: layout.nodes.get(field.key)?.parent ?? null, sites: own }));
    if (field.type !== 'tabs') continue;
    for (const tab of field.tabs) {
      plans.set(tab.key, planNode({ key: tab.key, slot: plans.size, field: null, parent: field.key, sites: sites.filter((compiled) => compiled.site.owner === tab.key) }));
    }
  }
  return plans;
}

function planFormRules({ definition, fields }: Scope, diagnostics: FormDiagnostic[]): FormRulePlan[] {
  const sites = compileSites(listFormRuleSites(definition), { fields }, diagnostics);
  return definition.validationRules.map((rule, index) => {
    const own = sites.filter((compiled) => compiled.site.index === index);
    return { rule, sites: own, reads: [...new Set([...own.flatMap((compiled) => compiled.reads), ...rule.fields])] };
  });
}

/** Fills in each site's read slots once every node has its slot. */
function linkSlots(sites: readonly CompiledSite[], nodes: ReadonlyMap<string, NodePlan>): void {
  for (const compiled of sites) {
    const slots = compiled.readSlots as [string, number][];
    for (const key of compiled.reads) {
      const node = nodes.get(key);
      if (node) slots.push([key, node.slot]);
    }
  }
}

function cycleDiagnostics(graph: DependencyGraph): FormDiagnostic[] {
  return graph.cycles.map((cycle) => definitionError('cyclic-dependency', `Cyclic dependency: ${cycle.join(' → ')}.`, { field: cycle[0] ?? null, cycle }));
}

/** The compiled form (cached per definition object). Its diagnostics are those of the expressions, layout and graph. */
export function compileForm(definition: FormDefinition): CompiledForm {
  const cached = cache.get(definition);
  if (cached) return cached;
  const layout = buildLayoutTree(definition);
  const diagnostics: FormDiagnostic[] = [...layout.diagnostics];
  const scope: Scope = { definition, layout, fields: buildFieldTypes(definition) };
  const nodes = planNodes(scope, diagnostics);
  const graph = buildDependencyGraph([...nodes.keys()], (key) => nodes.get(key)?.valueReads ?? []);
  diagnostics.push(...cycleDiagnostics(graph));
  const formRules = planFormRules(scope, diagnostics);
  const plans = [...nodes.values()];
  linkSlots([...plans.flatMap((plan) => plan.sites), ...formRules.flatMap((plan) => plan.sites)], nodes);
  const dataKeys = plans.filter((plan) => plan.data !== null).map((plan) => plan.key);
  const compiled: CompiledForm = { definition, layout, nodes, plans, dataKeys, graph, formRules, diagnostics };
  cache.set(definition, compiled);
  return compiled;
}
