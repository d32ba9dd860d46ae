import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileExpression, type EvalContext } from '@flowforge/expressions';
import type { Principal } from '../../../platform/auth/principal.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, OVERLAPPING_TABLE } from '../decisions.testing.ts';
import { decisionHostFunctions, decisionHostFunctionsFor } from '../index.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  const api = new DecisionApi(t, acme);
  await api.published('Approval level', APPROVAL_TABLE);
  await api.published('Grading', OVERLAPPING_TABLE);
  const draftOnly = await api.create({ name: 'Not yet', table: APPROVAL_TABLE });
  expect(draftOnly.activeVersion).toBeNull();
});
afterAll(async () => t.close());

function context(accountId: string): EvalContext {
  return { now: () => Date.now(), timeZone: 'UTC', functions: decisionHostFunctionsFor(t.platform, { accountId }) };
}

async function run(source: string, values: Record<string, unknown>, evalContext: EvalContext) {
  const expression = compileExpression(source);
  expect(expression.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return expression.runAsync(values, evalContext);
}

describe('DECISION(name, inputs) in expressions', () => {
  it.each([
    [500, 'clerk'],
    [5000, 'manager'],
    [50_000, 'cfo'],
  ])('evaluates the active version for amount %d', async (amount, level) => {
    const result = await run("DECISION('approval level', { amount: ${amount} })", { amount }, context(acme.accountId));

    expect(result).toEqual({ value: level, diagnostics: [] });
  });

  it('combines the result with the rest of the expression', async () => {
    const result = await run("IF(DECISION('Approval level', { amount: ${amount} }) == 'cfo', 'escalate', 'ok')", { amount: 20_000 }, context(acme.accountId));

    expect(result.value).toBe('escalate');
  });

  it('works for the caller of a request', async () => {
    const principal = { accountId: acme.accountId, userId: acme.userId, ipAllowlist: [], mfaSetupRequired: false } as unknown as Principal;
    const functions = decisionHostFunctions(t.platform, { requestId: 'req-1', ip: '127.0.0.1', principal });

    const result = await run("DECISION('approval level', { amount: 1 })", {}, { now: () => Date.now(), timeZone: 'UTC', functions });

    expect(result.value).toBe('clerk');
  });

  it.each([
    { case: 'a decision of another account', source: "DECISION('approval level', { amount: 1 })", who: 'globex', message: 'There is no decision named' },
    { case: 'a missing decision', source: "DECISION('nope', { amount: 1 })", who: 'acme', message: 'There is no decision named "nope"' },
    { case: 'a decision never published', source: "DECISION('not yet', { amount: 1 })", who: 'acme', message: 'has no active version' },
    { case: 'a hit-policy violation', source: "DECISION('grading', { score: 150 })", who: 'acme', message: 'UNIQUE' },
  ])('reports $case as a failed host call', async ({ source, who, message }) => {
    const accountId = who === 'acme' ? acme.accountId : globex.accountId;

    const result = await run(source, {}, context(accountId));

    expect(result.value).toBeNull();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'host-function-failed', message: expect.stringContaining(message) })]);
  });
});
