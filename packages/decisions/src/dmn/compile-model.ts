/**
 * `compileDmnModel`: indexes a DMN model (and the models it imports) for evaluation — elements by
 * namespace and id, item definitions per model, import names — and keeps the per-model caches:
 * compiled FEEL expressions and decision tables converted to FlowForge tables and compiled once.
 */
import { compileTable, type CompiledTable } from '../table/compile-table.ts';
import type { DecisionTable } from '@flowforge/contracts';
import type { TypeScope } from './conform.ts';
import { createFeelEvaluator, type FeelEvaluator } from './feel-evaluator.ts';
import { drgElementsOf, type DmnDecisionTable, type DmnDrgElement, type DmnItemDefinition, type DmnModel, type DmnRef } from './model.ts';
import { toDecisionTable } from './table-conversion.ts';

/** One model of the compiled set: its types and the names it imports other namespaces under. */
export interface ModelUnit {
  model: DmnModel;
  types: TypeScope;
  /** Import name per imported namespace. */
  importNames: ReadonlyMap<string, string>;
}

export interface TablePlan {
  table: DecisionTable;
  compiled: CompiledTable;
  /** Every FEEL text of the table (to know which additional built-ins it calls). */
  texts: string[];
}

function tableTexts(table: DecisionTable): string[] {
  return [
    ...table.inputs.flatMap((input) => [input.expression, input.allowedValues ?? '']),
    ...table.outputs.flatMap((output) => [...output.allowedValues, output.defaultValue ?? '']),
    ...table.rules.flatMap((rule) => [...rule.inputEntries, ...rule.outputEntries]),
  ];
}

export interface CompiledDmnModel {
  readonly model: DmnModel;
  readonly feel: FeelEvaluator;
  /** The unit of the model with this namespace (the main model's for unknown ones). */
  unit(namespace: string): ModelUnit;
  /** The element a reference points to, seen from an element in namespace `from`. */
  element(ref: DmnRef, from: string): DmnDrgElement | null;
  /** The decision table converted and compiled (once); throws TableCompileError for bad cells. */
  tablePlan(table: DmnDecisionTable, outputName: string): TablePlan;
}

function collectModels(model: DmnModel, into: Map<string, DmnModel>): void {
  if (into.has(model.namespace)) return;
  into.set(model.namespace, model);
  for (const imported of model.importedModels) collectModels(imported, into);
}

function buildUnits(models: ReadonlyMap<string, DmnModel>): Map<string, ModelUnit> {
  const scopes = new Map<string, { definitions: Map<string, DmnItemDefinition>; imports: Map<string, TypeScope> }>();
  for (const [namespace, model] of models) {
    scopes.set(namespace, { definitions: new Map(model.itemDefinitions.map((definition) => [definition.name, definition])), imports: new Map() });
  }
  const units = new Map<string, ModelUnit>();
  for (const [namespace, model] of models) {
    const types = scopes.get(namespace) ?? { definitions: new Map(), imports: new Map() };
    const importNames = new Map<string, string>();
    for (const entry of model.imports) {
      importNames.set(entry.namespace, entry.name);
      const imported = scopes.get(entry.namespace);
      if (imported) types.imports.set(entry.name, imported);
    }
    units.set(namespace, { model, types, importNames });
  }
  return units;
}

/** Prepares a DMN model for evaluation. Cheap: tables and expressions compile on first use. */
export function compileDmnModel(model: DmnModel): CompiledDmnModel {
  const models = new Map<string, DmnModel>();
  collectModels(model, models);
  const units = buildUnits(models);
  const elements = new Map<string, DmnDrgElement>();
  for (const [namespace, each] of models) {
    for (const element of drgElementsOf(each)) elements.set(`${namespace}#${element.id}`, element);
  }
  const plans = new WeakMap<DmnDecisionTable, TablePlan>();
  const mainUnit = units.get(model.namespace) as ModelUnit;

  return {
    model,
    feel: createFeelEvaluator(),
    unit: (namespace) => units.get(namespace) ?? mainUnit,
    element: (ref, from) => elements.get(`${ref.namespace ?? from}#${ref.id}`) ?? null,
    tablePlan(table, outputName) {
      let plan = plans.get(table);
      if (!plan) {
        const converted = toDecisionTable(table, outputName);
        plan = { table: converted, compiled: compileTable(converted), texts: tableTexts(converted) };
        plans.set(table, plan);
      }
      return plan;
    },
  };
}
