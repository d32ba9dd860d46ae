import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, memberOf, type DecisionBody } from './decisions.testing.ts';

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

async function auditActions(resourceId: string): Promise<string[]> {
  const { rows } = await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
    tx.query<{ action: string }>('select action from audit_logs where resource_id = $1 order by created_at, action', [resourceId]));
  return rows.map((row) => row.action);
}

describe('creating, listing and editing decisions', () => {
  it('creates a decision with a default draft table (one input, one output, one rule, FIRST) and audits it', async () => {
    const response = await api.call('POST', '', { name: 'Shipping fee', description: 'What shipping costs' });

    expect(response.statusCode).toBe(201);
    const decision = response.json<DecisionBody>();
    expect(decision).toMatchObject({ name: 'Shipping fee', kind: 'table', hitPolicy: 'first', activeVersion: null, draftVersion: 1, ruleCount: 1, active: null });
    expect(decision.draft).toMatchObject({ version: 1, status: 'draft', revision: 1, dmn: null });
    expect(decision.draft?.table).toMatchObject({ hitPolicy: 'first', inputs: [{ expression: expect.any(String) }], outputs: [{ name: expect.any(String) }], rules: [{ inputEntries: ['-'] }] });
    expect(decision.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', createdBy: 'Acme', publishedBy: null })]);
    expect(await auditActions(decision.id)).toEqual(['decision.created']);
  });

  it('pages through decisions by name and filters by text, status and kind', async () => {
    await api.create({ name: 'Alpha rules', table: APPROVAL_TABLE });
    await api.published('Beta rules', APPROVAL_TABLE);
    await api.create({ name: 'Gamma rules', description: 'Mentions beta' });

    const first = (await api.call('GET', '?limit=2&q=rules')).json<{ items: DecisionBody[]; nextCursor: string }>();
    const second = (await api.call('GET', `?limit=2&q=rules&cursor=${first.nextCursor}`)).json<{ items: DecisionBody[]; nextCursor: string | null }>();
    const byText = (await api.call('GET', '?q=BETA')).json<{ items: DecisionBody[] }>();
    const active = (await api.call('GET', '?status=active')).json<{ items: DecisionBody[] }>();
    const dmn = (await api.call('GET', '?kind=dmn')).json<{ items: DecisionBody[] }>();

    expect(first.items.map((d) => d.name)).toEqual(['Alpha rules', 'Beta rules']);
    expect(second.items.map((d) => d.name)).toEqual(['Gamma rules']);
    expect(second.nextCursor).toBeNull();
    expect(byText.items.map((d) => d.name)).toEqual(['Beta rules', 'Gamma rules']);
    expect(active.items.map((d) => d.name)).toEqual(['Beta rules']);
    expect(active.items[0]).toMatchObject({ activeVersion: 1, draftVersion: null, ruleCount: 3 });
    expect(dmn.items).toEqual([]);
  });

  it.each([
    { body: { name: 'alpha RULES' }, status: 409, code: 'name-taken', pointer: '/name' },
    { body: { name: '   ' }, status: 400, code: 'validation-failed', pointer: '/name' },
    { body: { name: 'Bad policy', table: { ...APPROVAL_TABLE, hitPolicy: 'random' } }, status: 400, code: 'validation-failed', pointer: '/table/hitPolicy' },
  ])('rejects $body.name with $status $code at $pointer', async ({ body, status, code, pointer }) => {
    const response = await api.call('POST', '', body);

    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, errors: [{ pointer }] });
  });

  it('renames a decision, refuses a taken name and audits the rename', async () => {
    const decision = await api.create({ name: 'Old name' });
    await api.create({ name: 'Taken name' });

    const renamed = await api.call('PATCH', `/${decision.id}`, { name: 'New name', description: 'Better' });
    const clash = await api.call('PATCH', `/${decision.id}`, { name: 'taken NAME' });

    expect(renamed.json()).toMatchObject({ name: 'New name', description: 'Better' });
    expect(clash.statusCode).toBe(409);
    expect(await auditActions(decision.id)).toEqual(['decision.created', 'decision.updated']);
  });

  it('deletes a decision with its published versions and audits it', async () => {
    const decision = await api.published('Doomed', APPROVAL_TABLE);

    const response = await api.call('DELETE', `/${decision.id}`);

    expect(response.statusCode).toBe(204);
    expect((await api.call('GET', `/${decision.id}`)).statusCode).toBe(404);
    expect(await auditActions(decision.id)).toContain('decision.deleted');
  });
});

describe('versions', () => {
  it('saves drafts with increasing revisions, publishes, deprecates the previous version and keeps numbers', async () => {
    const decision = await api.create({ name: 'Lifecycle', table: APPROVAL_TABLE });
    const saved = await api.saveDraft(decision.id, { table: { ...APPROVAL_TABLE, hitPolicy: 'unique' }, revision: 1 });
    const v1 = await api.publish(decision.id, 'First release');
    const draft2 = await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    const v2 = await api.publish(decision.id, 'Second release');

    expect(saved).toMatchObject({ version: 1, revision: 2, status: 'draft', table: { hitPolicy: 'unique' } });
    expect(v1).toMatchObject({ version: 1, status: 'active', comment: 'First release' });
    expect(draft2.statusCode).toBe(201);
    expect(draft2.json()).toMatchObject({ version: 2, status: 'draft', revision: 1, table: { hitPolicy: 'unique' } });
    expect(v2).toMatchObject({ version: 2, status: 'active' });
    const detail = await api.get(decision.id);
    expect(detail).toMatchObject({ activeVersion: 2, draftVersion: null, draft: null, active: { version: 2 } });
    expect(detail.versions.map((v) => [v.version, v.status, v.publishedBy])).toEqual([[2, 'active', 'Acme'], [1, 'deprecated', 'Acme']]);
    expect((await api.call('GET', `/${decision.id}/versions/1`)).json()).toMatchObject({ version: 1, status: 'deprecated', comment: 'First release' });
    expect(await auditActions(decision.id)).toEqual(['decision.created', 'decision.published', 'decision.published']);
  });

  it('answers 409 to a save with a stale revision, and when the edited draft was published meanwhile', async () => {
    const decision = await api.create({ name: 'Concurrent', table: APPROVAL_TABLE });
    await api.saveDraft(decision.id, { table: APPROVAL_TABLE, revision: 1 });

    const stale = await api.call('PUT', `/${decision.id}/draft`, { table: APPROVAL_TABLE, revision: 1 });
    await api.publish(decision.id);
    const gone = await api.call('PUT', `/${decision.id}/draft`, { table: APPROVAL_TABLE, revision: 2 });
    const fresh = await api.call('PUT', `/${decision.id}/draft`, { table: APPROVAL_TABLE });

    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'decision-draft-stale', errors: [{ pointer: '/revision' }] });
    expect(stale.json<{ detail: string }>().detail).toContain('revision 2');
    expect(gone.statusCode).toBe(409);
    expect(fresh.json()).toMatchObject({ version: 2, status: 'draft', revision: 1 });
  });

  it('saves a draft with invalid cells but refuses to publish it, listing every bad cell', async () => {
    const decision = await api.create({ name: 'Half typed', table: APPROVAL_TABLE });
    const broken = { ...APPROVAL_TABLE, rules: [
      { id: 'a', inputEntries: ['< '], outputEntries: ['"clerk"'] },
      { id: 'b', inputEntries: ['>= 10'], outputEntries: ['"cfo" +'] },
    ] };

    const saved = await api.call('PUT', `/${decision.id}/draft`, { table: broken });
    const publish = await api.call('POST', `/${decision.id}/publish`, {});

    expect(saved.statusCode).toBe(200);
    expect(publish.statusCode).toBe(422);
    const problem = publish.json<{ code: string; errors: { pointer: string }[] }>();
    expect(problem.code).toBe('decision-invalid');
    expect(problem.errors.map((e) => e.pointer)).toEqual(['/rules/0/inputEntries/0', '/rules/1/outputEntries/0']);
    expect((await api.get(decision.id)).activeVersion).toBeNull();
  });

  it('answers 409 for a second draft, a publish without draft and a table save on a DMN model', async () => {
    const decision = await api.create({ name: 'One draft', table: APPROVAL_TABLE });

    const second = await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });
    await api.publish(decision.id);
    const nothing = await api.call('POST', `/${decision.id}/publish`, {});
    const missing = await api.call('POST', `/${decision.id}/draft`, { fromVersion: 7 });

    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'decision-draft-exists' });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json()).toMatchObject({ code: 'decision-no-draft' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'decision-version-not-found' });
  });

  it('discards a draft, leaving the active version', async () => {
    const decision = await api.published('Discard me', APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });

    const discarded = await api.call('DELETE', `/${decision.id}/draft`);
    const again = await api.call('DELETE', `/${decision.id}/draft`);

    expect(discarded.statusCode).toBe(204);
    expect(again.statusCode).toBe(404);
    expect(await api.get(decision.id)).toMatchObject({ activeVersion: 1, draftVersion: null });
  });
});

describe('published versions are immutable in the database', () => {
  async function asTenant(sql: string, params: unknown[]) {
    return withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) => tx.query(sql, params));
  }

  /** The database's error message for a statement it must refuse. */
  async function refusal(sql: string, params: unknown[]): Promise<string> {
    try {
      await asTenant(sql, params);
    } catch (error) {
      return (error as Error).message;
    }
    return 'the statement was accepted';
  }

  it('refuses to change the content or status of a published version, except active → deprecated', async () => {
    const decision = await api.published('Frozen', APPROVAL_TABLE);

    const editRules = await refusal(`update decision_versions set rules = '[]' where decision_id = $1 and version = 1`, [decision.id]);
    const backToDraft = await refusal(`update decision_versions set status = 'draft', published_at = null where decision_id = $1`, [decision.id]);
    const deleteIt = await refusal(`delete from decision_versions where decision_id = $1 and version = 1`, [decision.id]);
    const deprecate = await asTenant(`update decision_versions set status = 'deprecated' where decision_id = $1 and version = 1`, [decision.id]);
    const reactivate = await refusal(`update decision_versions set status = 'active' where decision_id = $1 and version = 1`, [decision.id]);

    expect(editRules).toMatch(/published and cannot be changed/);
    expect(backToDraft).toMatch(/published and cannot be changed/);
    expect(deleteIt).toMatch(/published and cannot be deleted/);
    expect(deprecate.rowCount).toBe(1);
    expect(reactivate).toMatch(/published and cannot be changed/);
  });

  it('allows at most one draft and one active version per decision', async () => {
    const decision = await api.published('Unique states', APPROVAL_TABLE);

    const secondActive = await refusal(
      `insert into decision_versions (account_id, decision_id, version, status, hit_policy, input_schema, output_schema, rules, published_at)
       values ($1, $2, 5, 'active', 'first', '[]', '[]', '[]', now())`, [acme.accountId, decision.id]);

    expect(secondActive).toMatch(/decision_versions_one_active_idx/);
  });
});

describe('OpenAPI', () => {
  it('documents every decision route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });

    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths).filter((path) => path.startsWith('/api/v1/decisions'));
    expect(paths.sort()).toEqual([
      '/api/v1/decisions', '/api/v1/decisions/import', '/api/v1/decisions/{id}', '/api/v1/decisions/{id}/batch', '/api/v1/decisions/{id}/compare',
      '/api/v1/decisions/{id}/draft', '/api/v1/decisions/{id}/evaluate', '/api/v1/decisions/{id}/export', '/api/v1/decisions/{id}/publish',
      '/api/v1/decisions/{id}/scenarios', '/api/v1/decisions/{id}/test', '/api/v1/decisions/{id}/verification', '/api/v1/decisions/{id}/versions/{version}',
    ]);
  });
});

describe('tenancy and roles', () => {
  it.each([
    ['GET', '', undefined],
    ['PATCH', '', { name: 'Mine now' }],
    ['DELETE', '', undefined],
    ['PUT', '/draft', { table: APPROVAL_TABLE }],
    ['POST', '/draft', { fromVersion: 1 }],
    ['DELETE', '/draft', undefined],
    ['POST', '/publish', {}],
    ['GET', '/versions/1', undefined],
    ['POST', '/evaluate', { inputs: { amount: 1 } }],
    ['POST', '/test', { scenarios: [{ inputs: { amount: 1 }, expected: 'clerk' }] }],
    ['POST', '/compare', { from: 1, to: 'draft', inputs: [{ amount: 1 }] }],
    ['GET', '/verification', undefined],
    ['GET', '/export', undefined],
  ] as const)('answers 404 to another tenant for %s /decisions/:id%s', async (method, suffix, payload) => {
    const decision = await api.published(`Secret ${method}${suffix}`, APPROVAL_TABLE);
    await api.call('POST', `/${decision.id}/draft`, { fromVersion: 1 });

    const response = await t.app.inject({ method, url: `/api/v1/decisions/${decision.id}${suffix}`, headers: globex.headers, ...(payload ? { payload } : {}) });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'decision-not-found' });
  });

  it('answers 404 to another tenant for a batch', async () => {
    const decision = await api.published('Secret batch', APPROVAL_TABLE);

    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/decisions/${decision.id}/batch`, headers: { ...globex.headers, 'content-type': 'application/x-ndjson' }, payload: '{"amount":1}\n',
    });

    expect(response.statusCode).toBe(404);
  });

  it('answers 404 on decision routes when the account switched decision tables off', async () => {
    const decision = await api.published('Switched off', APPROVAL_TABLE);
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      tx.query(`insert into account_features (account_id, feature, enabled) values ($1, 'decisions', false)`, [acme.accountId]));

    const responses = await Promise.all([api.call('GET', ''), api.call('GET', `/${decision.id}`), api.call('POST', `/${decision.id}/evaluate`, { inputs: { amount: 1 } })]);
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) => tx.query(`delete from account_features where account_id = $1`, [acme.accountId]));

    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    expect(responses[0]?.json()).toMatchObject({ code: 'not-found' });
  });

  it('lets a viewer read and export but not write, evaluate or publish', async () => {
    const viewer = await memberOf(t, acme, { user: await signUpUser(t.app, 'Viewer'), role: 'viewer' });
    const decision = await api.published('Viewed', APPROVAL_TABLE);
    const as = new DecisionApi(t, viewer);

    const reads = await Promise.all([as.call('GET', ''), as.call('GET', `/${decision.id}`), as.call('GET', `/${decision.id}/versions/1`), as.call('GET', `/${decision.id}/export`)]);
    const writes = await Promise.all([
      as.call('POST', '', { name: 'Nope' }),
      as.call('PATCH', `/${decision.id}`, { name: 'Nope' }),
      as.call('PUT', `/${decision.id}/draft`, { table: APPROVAL_TABLE }),
      as.call('POST', `/${decision.id}/publish`, {}),
      as.call('POST', `/${decision.id}/evaluate`, { inputs: { amount: 5 } }),
      as.call('DELETE', `/${decision.id}`),
    ]);

    expect(reads.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(writes.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
  });

  it('lets a member edit drafts but not publish or delete', async () => {
    const member = await memberOf(t, acme, { user: await signUpUser(t.app, 'Member'), role: 'member' });
    const as = new DecisionApi(t, member);

    const created = await as.create({ name: 'Member made', table: APPROVAL_TABLE });
    const saved = await as.call('PUT', `/${created.id}/draft`, { table: APPROVAL_TABLE, revision: 1 });
    const publish = await as.call('POST', `/${created.id}/publish`, {});

    expect(saved.statusCode).toBe(200);
    expect(publish.statusCode).toBe(403);
    expect(publish.json<{ detail: string }>().detail).toContain('"decisions:publish"');
  });
});
