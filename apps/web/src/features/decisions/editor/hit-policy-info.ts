// The hit policies as DMN 1.3 §8.2.11 writes them in a table's corner: one letter per policy
// (U A P F R C O; our `all` is RULE ORDER) and C+ C< C> C# for COLLECT with an aggregation.
import { COLLECT_AGGREGATIONS, HIT_POLICIES } from '@flowforge/contracts';
import type { CollectAggregation, HitPolicy } from './decision-model';

export const HIT_POLICY_LETTERS: Readonly<Record<HitPolicy, string>> = {
  unique: 'U', any: 'A', priority: 'P', first: 'F', all: 'R', collect: 'C', output_order: 'O',
};

export const AGGREGATION_SIGNS: Readonly<Record<CollectAggregation, string>> = { sum: '+', min: '<', max: '>', count: '#' };

/** `F`, `C`, `C+`: what the grid's corner shows. */
export function hitPolicyCode(hitPolicy: HitPolicy, aggregation: CollectAggregation | null): string {
  const letter = HIT_POLICY_LETTERS[hitPolicy];
  return hitPolicy === 'collect' && aggregation ? `${letter}${AGGREGATION_SIGNS[aggregation]}` : letter;
}

export { COLLECT_AGGREGATIONS, HIT_POLICIES };
