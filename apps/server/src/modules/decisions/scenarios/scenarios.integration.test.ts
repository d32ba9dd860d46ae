import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, memberOf } from '../decisions.testing.ts';

let t: TestApp;
let acme: SignedUpUser;
let globex: SignedUpUser;
let api: DecisionApi;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
  api = new DecisionApi(t, acme);
});
afterAll(async () => t.close());

type ScenarioSet = { scenarios: { name: string; inputs: Record<string, unknown>; expected: unknown }[]; revision: number };

const SMALL = { name: 'small', inputs: { amount: 10 }, expected: 'clerk' };
const LARGE = { name: 'large', inputs: { amount: 20_000 }, expected: 'cfo' };

async function savedRows(decisionId: string): Promise<number> {
  const { rows } = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
    tx.query<{ count: number }>('select count(*)::int as count from decision_scenarios where decision_id = $1', [decisionId]));
  return rows[0]?.count ?? -1;
}

describe('saving scenarios', () => {
  it('answers an empty list at revision 0 while none were saved', async () => {
    const decision = await api.create({ name: 'Nothing saved', table: APPROVAL_TABLE });

    const response = await api.call('GET', `/${decision.id}/scenarios`);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ scenarios: [], revision: 0 });
  });

  it('replaces the list at increasing revisions, names unnamed scenarios \'\' and audits each save', async () => {
    const decision = await api.create({ name: 'Saved', table: APPROVAL_TABLE });

    const first = await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL, { inputs: { amount: 5000 }, expected: 'manager' }], revision: 0 });
    const second = await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [LARGE], revision: 1 });
    const read = await api.call('GET', `/${decision.id}/scenarios`);

    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ scenarios: [SMALL, { name: '', inputs: { amount: 5000 }, expected: 'manager' }], revision: 1 });
    expect(second.json()).toEqual({ scenarios: [LARGE], revision: 2 });
    expect(read.json()).toEqual({ scenarios: [LARGE], revision: 2 });
    const { rows } = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query<{ action: string; before: unknown; after: unknown }>(
        `select action, before, after from audit_logs where resource_id = $1 and action = 'decision.scenarios_saved' order by created_at`, [decision.id]));
    expect(rows).toEqual([
      { action: 'decision.scenarios_saved', before: { scenarios: 0, revision: 0 }, after: { scenarios: 2, revision: 1 } },
      { action: 'decision.scenarios_saved', before: { scenarios: 2, revision: 1 }, after: { scenarios: 1, revision: 2 } },
    ]);
  });

  it('answers 409 to a stale revision and keeps the saved list; without a revision it overwrites', async () => {
    const decision = await api.create({ name: 'Contended', table: APPROVAL_TABLE });
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL], revision: 0 });

    const stale = await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [LARGE], revision: 0 });
    const ahead = await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [LARGE], revision: 7 });
    const kept = await api.call('GET', `/${decision.id}/scenarios`);
    const forced = await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [LARGE] });

    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'decision-scenarios-stale', errors: [{ pointer: '/revision' }] });
    expect(ahead.statusCode).toBe(409);
    expect(kept.json()).toEqual({ scenarios: [SMALL], revision: 1 });
    expect(forced.json()).toEqual({ scenarios: [LARGE], revision: 2 });
  });

  it('lets exactly one of two saves based on the same revision win', async () => {
    const decision = await api.create({ name: 'Raced', table: APPROVAL_TABLE });

    const responses = await Promise.all([
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL], revision: 0 }),
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [LARGE], revision: 0 }),
    ]);

    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await api.call('GET', `/${decision.id}/scenarios`)).json<ScenarioSet>().revision).toBe(1);
  });

  it('refuses bad lists with field pointers instead of failing', async () => {
    const decision = await api.create({ name: 'Validated', table: APPROVAL_TABLE });
    const tooMany = Array.from({ length: 1001 }, (_, index) => ({ inputs: { amount: index }, expected: 'clerk' }));

    const responses = await Promise.all([
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: tooMany }),
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL, { name: 'no inputs', expected: 1 }] }),
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [{ name: 'no expected result', inputs: {} }] }),
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL], revision: -1 }),
      api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL, { inputs: { note: 'a\u0000b' }, expected: null }] }),
    ]);

    expect(responses.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 400]);
    expect(responses[1]?.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/scenarios/1/inputs' }] });
    expect(responses[2]?.json()).toMatchObject({ errors: [{ pointer: '/scenarios/0/expected' }] });
    expect(responses[4]?.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/scenarios/1' }] });
    expect(await savedRows(decision.id)).toBe(0);
  });

  it('goes with its decision', async () => {
    const decision = await api.create({ name: 'Deleted with scenarios', table: APPROVAL_TABLE });
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL] });
    expect(await savedRows(decision.id)).toBe(1);

    const deleted = await api.call('DELETE', `/${decision.id}`);

    expect(deleted.statusCode).toBe(204);
    expect(await savedRows(decision.id)).toBe(0);
    expect((await api.call('GET', `/${decision.id}/scenarios`)).statusCode).toBe(404);
  });
});

describe('running the saved scenarios', () => {
  it('runs the saved scenarios when the test request has none, and the sent ones when it has', async () => {
    const decision = await api.published('Tested from the API', APPROVAL_TABLE);
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL, { ...LARGE, expected: 'manager' }] });

    const saved = await api.call('POST', `/${decision.id}/test`, {});
    const sent = await api.call('POST', `/${decision.id}/test`, { scenarios: [LARGE] });

    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      passed: 1, failed: 1, version: 1,
      results: [{ name: 'small', passed: true, actual: 'clerk' }, { name: 'large', passed: false, actual: 'cfo', expected: 'manager' }],
    });
    expect(sent.json()).toMatchObject({ passed: 1, failed: 0, results: [{ name: 'large', passed: true }] });
  });

  it('answers 422 when the decision has no saved scenarios, or an empty list', async () => {
    const decision = await api.published('Untested', APPROVAL_TABLE);

    const none = await api.call('POST', `/${decision.id}/test`, { version: 1 });
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [] });
    const empty = await api.call('POST', `/${decision.id}/test`, {});

    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'decision-no-scenarios', errors: [{ pointer: '/scenarios' }] });
    expect(empty.statusCode).toBe(422);
  });
});

describe('tenancy and roles', () => {
  it.each([
    ['GET', undefined],
    ['PUT', { scenarios: [SMALL] }],
  ] as const)('answers 404 to another tenant for %s /decisions/:id/scenarios and shows it no rows', async (method, payload) => {
    const decision = await api.create({ name: `Secret scenarios ${method}`, table: APPROVAL_TABLE });
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL] });

    const response = await t.app.inject({ method, url: `/api/v1/decisions/${decision.id}/scenarios`, headers: globex.headers, ...(payload ? { payload } : {}) });
    const visible = await withTenant(t.platform.appPool, { accountId: globex.accountId }, (tx) =>
      tx.query('select 1 from decision_scenarios where decision_id = $1', [decision.id]));

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'decision-not-found' });
    expect(visible.rowCount).toBe(0);
    expect((await api.call('GET', `/${decision.id}/scenarios`)).json()).toMatchObject({ scenarios: [SMALL], revision: 1 });
  });

  it('answers 404 for a decision that does not exist and 404 to another tenant running saved scenarios', async () => {
    const decision = await api.published('Secret run', APPROVAL_TABLE);
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL] });

    const unknown = await api.call('GET', `/${randomUUID()}/scenarios`);
    const foreignRun = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decision.id}/test`, headers: globex.headers, payload: {} });

    expect(unknown.statusCode).toBe(404);
    expect(foreignRun.statusCode).toBe(404);
  });

  it('lets a viewer read the scenarios but not save them, and a member save them', async () => {
    const decision = await api.create({ name: 'Shared scenarios', table: APPROVAL_TABLE });
    await api.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL] });
    const viewer = new DecisionApi(t, await memberOf(t, acme, { user: await signUpUser(t.app, 'Viewer'), role: 'viewer' }));
    const member = new DecisionApi(t, await memberOf(t, acme, { user: await signUpUser(t.app, 'Member'), role: 'member' }));

    const read = await viewer.call('GET', `/${decision.id}/scenarios`);
    const refused = await viewer.call('PUT', `/${decision.id}/scenarios`, { scenarios: [], revision: 1 });
    const saved = await member.call('PUT', `/${decision.id}/scenarios`, { scenarios: [SMALL, LARGE], revision: 1 });

    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ scenarios: [SMALL], revision: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ detail: string }>().detail).toContain('"decisions:update"');
    expect(saved.json()).toMatchObject({ revision: 2 });
  });
});
