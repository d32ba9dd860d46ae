/**
 * DMN decision tables ↔ FlowForge decision tables. Hit policies map one to one (see HIT_POLICY
 * below; `all` is RULE ORDER), COLLECT aggregations to the lower-case names, inputValues to an
 * input's allowed values, outputValues (when they are a list of literals) to an output's ordered
 * allowed values, default output entries to default values. Element ids become column / rule ids
 * (characters FlowForge ids do not allow are replaced). The §11.3 rule properties travel in a
 * `flowforge:ruleProperties` extension element (see write-dmn.ts).
 */
import type { CollectAggregation, DecisionTable, FeelType, HitPolicy } from '@flowforge/contracts';
import { FEEL_TYPES } from '@flowforge/contracts';
import type { DmnAggregation, DmnDecisionTable, DmnHitPolicy } from './model.ts';

export const HIT_POLICY_TO_DMN: Record<HitPolicy, DmnHitPolicy> = {
  unique: 'UNIQUE',
  any: 'ANY',
  priority: 'PRIORITY',
  first: 'FIRST',
  all: 'RULE ORDER',
  collect: 'COLLECT',
  output_order: 'OUTPUT ORDER',
};

const HIT_POLICY_FROM_DMN = Object.fromEntries(Object.entries(HIT_POLICY_TO_DMN).map(([ours, dmn]) => [dmn, ours])) as Record<DmnHitPolicy, HitPolicy>;

export const AGGREGATION_TO_DMN: Record<CollectAggregation, DmnAggregation> = { sum: 'SUM', min: 'MIN', max: 'MAX', count: 'COUNT' };

const TYPE_ALIASES: Record<string, FeelType> = {
  datetime: 'date and time',
  daytimeduration: 'days and time duration',
  yearmonthduration: 'years and months duration',
};

/** The FlowForge column type of a DMN typeRef (`any` for structured and unknown types). */
export function feelTypeOf(typeRef: string | null): FeelType {
  if (!typeRef) return 'any';
  const lower = typeRef.trim().toLowerCase();
  const direct = FEEL_TYPES.find((type) => type === lower);
  return direct ?? TYPE_ALIASES[lower.replace(/\s+/g, '')] ?? 'any';
}

/** The DMN typeRef of a FlowForge column type (null for `any`). */
export function typeRefOfFeelType(type: FeelType): string | null {
  return type === 'any' ? null : type;
}

interface SplitState {
  depth: number;
  inString: boolean;
}

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Advances the scanner over one character; true when it is a top-level comma. */
function isTopLevelComma(ch: string, state: SplitState): boolean {
  if (state.inString) {
    if (ch === '"') state.inString = false;
    return false;
  }
  if (ch === '"') state.inString = true;
  else if (OPENERS.has(ch)) state.depth++;
  else if (CLOSERS.has(ch)) state.depth--;
  return ch === ',' && state.depth === 0;
}

/** Splits FEEL unary tests / a literal list at top-level commas (outside brackets and strings). */
export function splitTopLevelCommas(text: string): string[] {
  const parts: string[] = [];
  const state: SplitState = { depth: 0, inString: false };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (state.inString && ch === '\\') {
      i++;
      continue;
    }
    if (isTopLevelComma(ch, state)) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== '');
}

const LITERAL = /^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)$/;

/** outputValues as an ordered list of literals; [] when they are not plain literals. */
export function literalList(text: string | null): string[] {
  if (!text) return [];
  const parts = splitTopLevelCommas(text);
  return parts.every((part) => LITERAL.test(part)) ? parts : [];
}

/** Makes unique FlowForge ids (letters, digits, `-`, `_`; at most 64 characters). */
export function idMaker(prefix: string): (raw: string | null) => string {
  const used = new Set<string>();
  return (raw) => {
    const base = (raw ?? '').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 56) || `${prefix}${used.size + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}

const cap = (text: string, max: number) => text.slice(0, max);

/** A DMN decision table as a FlowForge table; `outputName` names a single unnamed output. */
export function toDecisionTable(dmn: DmnDecisionTable, outputName: string): DecisionTable {
  const inputId = idMaker('input');
  const outputId = idMaker('output');
  const ruleId = idMaker('rule');
  const single = dmn.outputs.length === 1;
  return {
    hitPolicy: HIT_POLICY_FROM_DMN[dmn.hitPolicy] ?? 'unique',
    aggregation: dmn.hitPolicy === 'COLLECT' && dmn.aggregation ? (dmn.aggregation.toLowerCase() as CollectAggregation) : null,
    inputs: dmn.inputs.map((input) => ({
      id: inputId(input.id),
      label: cap(input.label, 200),
      expression: input.expression.trim() || 'null',
      type: feelTypeOf(input.typeRef),
      allowedValues: input.inputValues,
    })),
    outputs: dmn.outputs.map((output, o) => ({
      id: outputId(output.id),
      name: cap(output.name || (single ? outputName || dmn.outputLabel : `output${o + 1}`) || 'result', 200),
      label: cap(output.label, 200),
      type: feelTypeOf(output.typeRef),
      allowedValues: literalList(output.outputValues),
      defaultValue: output.defaultOutputEntry,
    })),
    rules: dmn.rules.map((rule) => ({
      id: ruleId(rule.id),
      inputEntries: rule.inputEntries.map((entry) => entry.trim() || '-'),
      outputEntries: rule.outputEntries.map((entry) => entry.trim() || 'null'),
      annotation: rule.annotations.filter((text) => text.trim() !== '').join('\n'),
      priority: rule.extras?.priority ?? null,
      validFrom: rule.extras?.validFrom ?? null,
      validTo: rule.extras?.validTo ?? null,
      overrideIds: rule.extras?.overrideIds ?? [],
    })),
  };
}
