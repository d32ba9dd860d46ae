/**
 * Gap warnings (§11.3): input combinations for which no rule matches. Skipped when the table has
 * default outputs, which answer exactly those inputs. Entries of opaque columns are treated as
 * matching anything, so every gap reported is real (but gaps that only those columns leave are
 * not found).
 */
import type { VerificationWarning } from '@flowforge/contracts';
import { emptyBits, or, sameBits, setBit, type Bitset } from '../analysis/bitset.ts';
import { boxText, opaqueNote, witnessIn } from './describe.ts';
import type { TableModel } from './table-model.ts';
import { uncoveredBoxes, type Box, type Budget } from './uncovered.ts';

/** Merges boxes that differ in one dimension only, so a gap is reported once. */
function mergeBoxes(boxes: Box[]): Box[] {
  const merged = [...boxes];
  for (let i = 0; i < merged.length; i += 1) {
    for (let j = i + 1; j < merged.length; j += 1) {
      const a = merged[i] as Box;
      const b = merged[j] as Box;
      const differing = a.flatMap((bits, d) => (sameBits(bits, b[d] as Bitset) ? [] : [d]));
      if (differing.length > 1) continue;
      merged[i] = a.map((bits, d) => (differing[0] === d ? or(bits, b[d] as Bitset) : bits));
      merged.splice(j, 1);
      j = i;
    }
  }
  return merged;
}

export function gapWarnings(model: TableModel, options: { limit: number; budget: Budget }): VerificationWarning[] {
  const { table, dims } = model;
  if (table.outputs.some((output) => output.defaultValue !== null && output.defaultValue.trim() !== '')) return [];
  const candidates = emptyBits(table.rules.length);
  for (const r of model.rules) setBit(candidates, r);
  const searched = options.limit * 4;
  const boxes = uncoveredBoxes({ dims, region: dims.map((dim) => dim.all), candidates, limit: searched, budget: options.budget });
  const merged = mergeBoxes(boxes);
  const note = opaqueNote(model, 'their entries are treated as matching anything and gaps they leave are not reported');
  const warnings: VerificationWarning[] = merged.slice(0, options.limit).map((box) => {
    const where = boxText(model, box);
    const witness = witnessIn(model, box);
    const message = where === '' ? 'No rule matches any input.' : `No rule matches when ${where} (for example ${witness.text}).`;
    return { kind: 'gap', ruleIds: [], message: `${message}${note}`, witness: witness.values, pointer: null };
  });
  if (merged.length > options.limit || boxes.length >= searched) {
    warnings.push({ kind: 'gap', ruleIds: [], message: `More input combinations match no rule; only the first ${options.limit} are listed.`, witness: null, pointer: null });
  }
  if (options.budget.exhausted) {
    warnings.push({ kind: 'gap', ruleIds: [], message: 'Analysis limited: the table is too large to check completely for gaps, so some may not be listed.', witness: null, pointer: null });
  }
  return warnings;
}
