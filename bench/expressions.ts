/**
 * Expression language figures (issue #3): evaluations per second of a compiled condition (goal
 * ≥ 2M/s), parse + check of a 200-character expression (goal ≥ 50k/s), and the full compile
 * (parse + check + closures) of the same expression.
 */
import { checkExpression, compileExpression, type FieldTypes } from '@flowforge/expressions';
import { measureThroughput } from './throughput.ts';

const CONDITION = "${amount} > 1000 && ${region} IN ['EU','US']";
const LONG_EXPRESSION =
  "${amount} > 1000 && ${region} IN ['EU', 'US', 'APAC'] && (SUM(${lineItems}.amount) * 1.19 >= ROUND(${budget}, 2) || " +
  "CONCAT(${firstName}, ' ', ${lastName}) MATCHES '^[A-Z]+') ? 'cfo' : 'senior-manager'";
const FIELDS: FieldTypes = {
  amount: { kind: 'decimal' }, region: { kind: 'string' }, budget: { kind: 'decimal' }, firstName: { kind: 'string' }, lastName: { kind: 'string' },
  lineItems: { kind: 'list', element: { kind: 'record', fields: { amount: { kind: 'decimal' } } } },
};
const CONTEXT = { now: () => 1_700_000_000_000, timeZone: 'Europe/Berlin' };


export async function measureExpressions(): Promise<Record<string, unknown>[]> {
  const condition = compileExpression(CONDITION, { fields: FIELDS });
  const samples = [
    { amount: 2500, region: 'EU' }, { amount: 500, region: 'US' }, { amount: 1500, region: 'APAC' }, { amount: 99_999, region: 'US' },
  ];
  const evaluationsPerSecond = measureThroughput((index) => condition.run(samples[index & 3] as Record<string, unknown>, CONTEXT).value);
  const checksPerSecond = measureThroughput(() => checkExpression(LONG_EXPRESSION, { fields: FIELDS }).ok);
  const compilesPerSecond = measureThroughput(() => compileExpression(LONG_EXPRESSION, { fields: FIELDS }).ok);
  return [
    { bench: 'expressions', scenario: 'compiled condition', expression: CONDITION, evaluationsPerSecond, goal: 2_000_000 },
    { bench: 'expressions', scenario: 'parse + check (200 chars)', characters: LONG_EXPRESSION.length, checksPerSecond, goal: 50_000 },
    { bench: 'expressions', scenario: 'compile (parse + check + closures, 200 chars)', characters: LONG_EXPRESSION.length, compilesPerSecond },
  ];
}
