import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionTableInput } from '@flowforge/contracts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, OVERLAPPING_TABLE } from '../decisions.testing.ts';
import { todayIn } from './today.ts';

let t: TestApp;
let acme: SignedUpUser;
let api: DecisionApi;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  api = new DecisionApi(t, acme);
});
afterAll(async () => t.close());

type Evaluation = { result: unknown; matchedRules: { id: string; index: number }[]; selectedRules: { id: string; index: number }[]; version: number };

async function evaluate(id: string, body: Record<string, unknown>) {
  return api.call('POST', `/${id}/evaluate`, body);
}

describe('evaluate', () => {
  it('evaluates the active version and names the matched and selected rules', async () => {
    const decision = await api.published('Approval', APPROVAL_TABLE);

    const response = await evaluate(decision.id, { inputs: { amount: 5000 } });

    expect(response.statusCode).toBe(200);
    expect(response.json<Evaluation>()).toEqual({ result: 'manager', matchedRules: [{ id: 'medium', index: 1 }], selectedRules: [{ id: 'medium', index: 1 }], version: 1 });
  });

  it('returns every match of a COLLECT table and a context for several outputs', async () => {
    const table: DecisionTableInput = { ...OVERLAPPING_TABLE, hitPolicy: 'collect' };
    const decision = await api.published('Collected', table);

    const response = await evaluate(decision.id, { inputs: { score: 150 } });

    expect(response.json<Evaluation>()).toMatchObject({
      result: [{ grade: 'B', bonus: 15 }, { grade: 'A', bonus: 30 }],
      matchedRules: [{ id: 'mid', index: 1 }, { id: 'high', index: 2 }],
    });
  });

  it('evaluates the draft or a version by number when asked', async () => {
    const decision = await api.published('Versioned', APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, rules: [{ id: 'all', inputEntries: ['-'], outputEntries: ['"board"'] }] } });

    const draft = await evaluate(decision.id, { inputs: { amount: 5 }, version: 'draft' });
    const v1 = await evaluate(decision.id, { inputs: { amount: 5 }, version: 1 });
    const active = await evaluate(decision.id, { inputs: { amount: 5 } });
    const missing = await evaluate(decision.id, { inputs: { amount: 5 }, version: 9 });

    expect(draft.json()).toMatchObject({ result: 'board', version: 2 });
    expect(v1.json()).toMatchObject({ result: 'clerk', version: 1 });
    expect(active.json()).toMatchObject({ result: 'clerk', version: 1 });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'decision-version-not-found' });
  });

  it('sees a saved draft at once (the compiled cache is keyed by revision)', async () => {
    const decision = await api.create({ name: 'Cache', table: APPROVAL_TABLE });
    const before = await evaluate(decision.id, { inputs: { amount: 5 }, version: 'draft' });

    await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, rules: [{ id: 'x', inputEntries: ['-'], outputEntries: ['"changed"'] }] } });
    const after = await evaluate(decision.id, { inputs: { amount: 5 }, version: 'draft' });

    expect(before.json()).toMatchObject({ result: 'clerk' });
    expect(after.json()).toMatchObject({ result: 'changed' });
  });

  it('answers 409 when nothing is published yet', async () => {
    const decision = await api.create({ name: 'Unpublished', table: APPROVAL_TABLE });

    const response = await evaluate(decision.id, { inputs: { amount: 5 } });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'decision-not-active' });
  });

  it('answers 422 with the rule ids when the hit policy is violated', async () => {
    const decision = await api.published('Overlapping', OVERLAPPING_TABLE);

    const response = await evaluate(decision.id, { inputs: { score: 150 } });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'decision-evaluation-failed', reason: 'unique-violation', ruleIds: ['mid', 'high'] });
  });

  it('answers 422 with the cell pointers when the draft evaluated has invalid cells', async () => {
    const decision = await api.create({ name: 'Broken draft', table: { ...APPROVAL_TABLE, rules: [{ id: 'a', inputEntries: ['<<'], outputEntries: ['1'] }] } });

    const response = await evaluate(decision.id, { inputs: { amount: 5 }, version: 'draft' });

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'decision-invalid', errors: [{ pointer: '/rules/0/inputEntries/0' }] });
  });

  it.each([
    [{ inputs: [1, 2] }, '/inputs'],
    [{ inputs: {}, version: 'latest' }, '/version'],
    [{ inputs: {}, at: '31.12.2026' }, '/at'],
  ])('answers 400 to %j', async (body, pointer) => {
    const decision = await api.published(`Bad body ${pointer}`, APPROVAL_TABLE);

    const response = await evaluate(decision.id, body);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer }] });
  });
});

describe('effective dates', () => {
  const dated = (days: { kiritimati: string; pagoPago: string }): DecisionTableInput => ({
    hitPolicy: 'first',
    inputs: [{ id: 'code', label: 'Code', expression: 'code' }],
    outputs: [{ id: 'discount', name: 'discount', type: 'number' }],
    rules: [
      { id: 'kiritimati', inputEntries: ['-'], outputEntries: ['14'], validFrom: days.kiritimati, validTo: days.kiritimati },
      { id: 'pago', inputEntries: ['-'], outputEntries: ['11'], validFrom: days.pagoPago, validTo: days.pagoPago },
      { id: 'normal', inputEntries: ['-'], outputEntries: ['0'] },
    ],
  });

  async function setTimeZone(timeZone: string) {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/settings/general', headers: acme.headers, payload: { name: 'Acme Inc', timeZone, defaultLanguage: 'en' } });
    expect(response.statusCode).toBe(200);
  }

  it('applies a rule on the days given by `at`', async () => {
    const decision = await api.published('Dated', dated({ kiritimati: '2026-01-15', pagoPago: '2026-01-16' }));

    const results = await Promise.all(['2026-01-15', '2026-01-16', '2026-01-17'].map(async (at) => (await evaluate(decision.id, { inputs: {}, at })).json<Evaluation>().result));

    expect(results).toEqual([14, 11, 0]);
  });

  it('takes "today" in the account time zone when `at` is left out', async () => {
    // UTC+14 and UTC−11 are always on different calendar days.
    const now = new Date();
    const decision = await api.published('Today', dated({ kiritimati: todayIn('Pacific/Kiritimati', now), pagoPago: todayIn('Pacific/Pago_Pago', now) }));

    await setTimeZone('Pacific/Kiritimati');
    const east = (await evaluate(decision.id, { inputs: {} })).json<Evaluation>();
    await setTimeZone('Pacific/Pago_Pago');
    const west = (await evaluate(decision.id, { inputs: {} })).json<Evaluation>();
    await setTimeZone('UTC');

    expect(east.selectedRules).toEqual([{ id: 'kiritimati', index: 0 }]);
    expect(west.selectedRules).toEqual([{ id: 'pago', index: 1 }]);
  });
});

describe('test scenarios and comparing versions', () => {
  it('reports pass and fail per scenario', async () => {
    const decision = await api.published('Tested', APPROVAL_TABLE);

    const response = await api.call('POST', `/${decision.id}/test`, {
      scenarios: [
        { name: 'small', inputs: { amount: 10 }, expected: 'clerk' },
        { name: 'wrong', inputs: { amount: 20_000 }, expected: 'manager' },
      ],
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      passed: 1, failed: 1, version: 1,
      results: [
        { name: 'small', passed: true, actual: 'clerk', expected: 'clerk', matchedRules: [{ id: 'small' }], error: null },
        { name: 'wrong', passed: false, actual: 'cfo', expected: 'manager', matchedRules: [{ id: 'large' }] },
      ],
    });
  });

  it('reports a scenario whose evaluation fails as failed, with the error', async () => {
    const decision = await api.published('Tested overlap', OVERLAPPING_TABLE);

    const response = await api.call('POST', `/${decision.id}/test`, { scenarios: [{ name: 'both', inputs: { score: 150 }, expected: { grade: 'A', bonus: 30 } }] });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ passed: 0, failed: 1, results: [{ passed: false, error: expect.stringContaining('UNIQUE') }] });
  });

  it('lists every input whose outcome changed between two versions', async () => {
    const decision = await api.published('Compared', APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, rules: APPROVAL_TABLE.rules.map((rule) => (rule.id === 'medium' ? { ...rule, inputEntries: ['[1000..5000)'] } : rule)) } });

    const response = await api.call('POST', `/${decision.id}/compare`, { from: 1, to: 'draft', inputs: [{ amount: 10 }, { amount: 2000 }, { amount: 7000 }] });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ compared: 3, changed: [{ index: 2, inputs: { amount: 7000 }, before: 'manager', after: null }] });
  });
});

describe('verification', () => {
  it('warns about rules of a UNIQUE table that overlap', async () => {
    const decision = await api.published('Verified', OVERLAPPING_TABLE);

    const response = await api.call('GET', `/${decision.id}/verification`);

    expect(response.statusCode).toBe(200);
    const warnings = response.json<{ kind: string; ruleIds: string[] }[]>();
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'overlap', ruleIds: ['mid', 'high'] }));
  });

  it('verifies the draft on request, reporting invalid cells as syntax warnings', async () => {
    const decision = await api.published('Verified draft', APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, rules: [{ id: 'bad', inputEntries: ['>>'], outputEntries: ['"x"'] }] } });

    const active = await api.call('GET', `/${decision.id}/verification`);
    const draft = await api.call('GET', `/${decision.id}/verification?version=draft`);

    expect(active.json()).not.toContainEqual(expect.objectContaining({ kind: 'syntax' }));
    expect(draft.json()).toContainEqual(expect.objectContaining({ kind: 'syntax', ruleIds: ['bad'], pointer: expect.stringContaining('inputEntries/0') }));
  });
});
