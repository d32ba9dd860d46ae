import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, type DecisionBody } from '../decisions.testing.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const APPROVAL_DMN = fixture('approval-table.dmn');
const INSURANCE_DMN = fixture('insurance-model.dmn');

let t: TestApp;
let acme: SignedUpUser;
let api: DecisionApi;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  api = new DecisionApi(t, acme);
});
afterAll(async () => t.close());

async function importDmn(xml: string, options: { query?: string; contentType?: string } = {}) {
  return t.app.inject({
    method: 'POST', url: `/api/v1/decisions/import${options.query ?? ''}`,
    headers: { ...acme.headers, 'content-type': options.contentType ?? 'application/xml' }, payload: xml,
  });
}

async function exportDmn(id: string, query = '') {
  return t.app.inject({ method: 'GET', url: `/api/v1/decisions/${id}/export${query}`, headers: acme.headers });
}

describe('importing .dmn files', () => {
  it('imports a file with one decision table as a table decision with draft version 1, and audits it', async () => {
    const response = await importDmn(APPROVAL_DMN);

    expect(response.statusCode).toBe(201);
    const decision = response.json<DecisionBody>();
    expect(decision).toMatchObject({ name: 'Approval level', description: 'Who approves a purchase', kind: 'table', hitPolicy: 'first', draftVersion: 1, activeVersion: null, ruleCount: 3 });
    expect(decision.draft?.dmn).toBeNull();
    expect(decision.draft?.table).toMatchObject({
      hitPolicy: 'first',
      inputs: [{ label: 'Amount', expression: 'amount', type: 'number' }],
      outputs: [{ name: 'level', type: 'string' }],
      rules: [{ inputEntries: ['< 1000'], outputEntries: ['"clerk"'] }, { inputEntries: ['[1000..10000)'] }, { inputEntries: ['>= 10000'], outputEntries: ['"cfo"'] }],
    });
    const { rows } = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query<{ action: string }>('select action from audit_logs where resource_id = $1', [decision.id]));
    expect(rows.map((row) => row.action)).toEqual(['decision.imported']);
  });

  it('takes the name from `?name=` and refuses a taken name', async () => {
    const named = await importDmn(APPROVAL_DMN, { query: '?name=Purchase%20approval', contentType: 'text/xml' });
    const again = await importDmn(APPROVAL_DMN, { query: '?name=purchase%20APPROVAL', contentType: 'application/octet-stream' });

    expect(named.json()).toMatchObject({ name: 'Purchase approval', kind: 'table' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'name-taken' });
  });

  it('imports a model with several decisions as a DMN decision that evaluates each of them', async () => {
    const imported = await importDmn(INSURANCE_DMN);
    const decision = imported.json<DecisionBody>();
    await api.publish(decision.id);

    const premium = await api.call('POST', `/${decision.id}/evaluate`, { inputs: { age: 20, base: 100 } });
    const risk = await api.call('POST', `/${decision.id}/evaluate`, { inputs: { age: 30 }, decision: 'Risk' });
    const unknown = await api.call('POST', `/${decision.id}/evaluate`, { inputs: {}, decision: 'Nope' });

    expect(imported.statusCode).toBe(201);
    expect(decision).toMatchObject({ name: 'Insurance pricing', kind: 'dmn', hitPolicy: null, ruleCount: 0 });
    expect(decision.draft).toMatchObject({ table: null, dmn: INSURANCE_DMN });
    expect(premium.json()).toMatchObject({ result: 200, version: 1 });
    expect(risk.json()).toMatchObject({ result: 'low', matchedRules: [{ id: 'adult', index: 1 }], selectedRules: [{ id: 'adult', index: 1 }] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'decision-evaluation-failed', reason: 'decision-not-found' });
  });

  it('runs batches and tests of a DMN model against the decision named in the query', async () => {
    const decision = (await importDmn(INSURANCE_DMN, { query: '?name=Insurance%20batch' })).json<DecisionBody>();
    await api.publish(decision.id);

    const batch = await t.app.inject({
      method: 'POST', url: `/api/v1/decisions/${decision.id}/batch?decision=Risk`,
      headers: { ...acme.headers, 'content-type': 'application/x-ndjson' }, payload: '{"age": 18}\n{"age": 40}\n',
    });
    const tested = await api.call('POST', `/${decision.id}/test?decision=Risk`, { scenarios: [{ inputs: { age: 18 }, expected: 'high' }] });

    expect(batch.body.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { row: 1, result: 'high', matchedRules: ['young'] },
      { row: 2, result: 'low', matchedRules: ['adult'] },
    ]);
    expect(tested.json()).toMatchObject({ passed: 1, failed: 0 });
  });

  it('does not edit or verify a DMN model as a table', async () => {
    const decision = (await importDmn(INSURANCE_DMN, { query: '?name=Insurance%20kinds' })).json<DecisionBody>();

    const save = await api.call('PUT', `/${decision.id}/draft`, { table: APPROVAL_TABLE });
    const verify = await api.call('GET', `/${decision.id}/verification`);

    expect([save.statusCode, verify.statusCode]).toEqual([409, 409]);
    expect(save.json()).toMatchObject({ code: 'decision-kind-mismatch' });
  });

  it.each([
    ['not XML at all', 'hello'],
    ['XML that is not DMN', '<?xml version="1.0"?><bpmn id="x"/>'],
    ['a model without decisions', '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="Empty" namespace="https://x"/>'],
  ])('answers 422 to %s', async (_case, xml) => {
    const response = await importDmn(xml);

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'dmn-import-failed', errors: [{ pointer: '/' }] });
  });

  it('answers 415 to a JSON body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/decisions/import', headers: acme.headers, payload: { xml: APPROVAL_DMN } });

    expect(response.statusCode).toBe(415);
  });
});

describe('exporting .dmn files', () => {
  it('exports a table as a .dmn download that imports back to the same table', async () => {
    const original = await api.published('Round trip', APPROVAL_TABLE);

    const exported = await exportDmn(original.id);
    const reimported = (await importDmn(exported.body, { query: '?name=Round%20trip%20copy' })).json<DecisionBody>();

    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="round-trip-v1.dmn"; filename*=UTF-8''Round%20trip%20v1.dmn`);
    expect(exported.body).toMatch(/<(dmn:)?decisionTable /);
    expect(reimported.kind).toBe('table');
    const table = (x: DecisionBody) => {
      const shown = x.draft?.table ?? x.active?.table;
      return {
        hitPolicy: shown?.hitPolicy, inputs: shown?.inputs.map((i) => [i.expression, i.type]), outputs: shown?.outputs.map((o) => o.name),
        rules: shown?.rules.map((r) => [r.inputEntries, r.outputEntries]),
      };
    };
    expect(table(reimported)).toEqual(table(original));
  });

  it('exports the draft or a version by number, and a DMN model as it was imported', async () => {
    const decision = await api.published('Export versions', APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, hitPolicy: 'unique' } });
    const model = (await importDmn(INSURANCE_DMN, { query: '?name=Exported%20model' })).json<DecisionBody>();

    const draft = await exportDmn(decision.id, '?version=draft');
    const v1 = await exportDmn(decision.id, '?version=1');
    const missing = await exportDmn(decision.id, '?version=5');
    const dmn = await exportDmn(model.id);

    expect(draft.body).not.toContain('hitPolicy="FIRST"'); // UNIQUE is DMN's default and goes unwritten
    expect(draft.headers['content-disposition']).toContain('export-versions-v2.dmn');
    expect(v1.body).toContain('hitPolicy="FIRST"');
    expect(missing.statusCode).toBe(404);
    expect(dmn.body).toBe(INSURANCE_DMN);
  });
});
