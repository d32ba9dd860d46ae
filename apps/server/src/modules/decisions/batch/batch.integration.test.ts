import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionTableInput } from '@flowforge/contracts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../../testing/test-app.ts';
import { APPROVAL_TABLE, DecisionApi, OVERLAPPING_TABLE } from '../decisions.testing.ts';

let t: TestApp;
let acme: SignedUpUser;
let api: DecisionApi;
let approvalId: string;

beforeAll(async () => {
  t = await createTestApp();
  acme = await signUpUser(t.app, 'Acme');
  api = new DecisionApi(t, acme);
  approvalId = (await api.published('Approval', APPROVAL_TABLE)).id;
});
afterAll(async () => t.close());

async function batch(id: string, options: { body: string; contentType: string; accept?: string; query?: string }) {
  return t.app.inject({
    method: 'POST', url: `/api/v1/decisions/${id}/batch${options.query ?? ''}`,
    headers: { ...acme.headers, 'content-type': options.contentType, ...(options.accept ? { accept: options.accept } : {}) },
    payload: options.body,
  });
}

function ndjsonLines(body: string): unknown[] {
  return body.trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('NDJSON batches', () => {
  it('answers one line per row in order; bad rows become error lines without stopping the batch', async () => {
    const body = ['{"amount": 10}', '', '{"amount": 5000}', 'not json', '[1, 2]', '{"amount": 99999}', ''].join('\n');

    const response = await batch(approvalId, { body, contentType: 'application/x-ndjson' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(ndjsonLines(response.body)).toEqual([
      { row: 1, result: 'clerk', matchedRules: ['small'] },
      { row: 2, result: 'manager', matchedRules: ['medium'] },
      { row: 3, error: expect.stringContaining('not valid JSON') },
      { row: 4, error: expect.stringContaining('JSON object') },
      { row: 5, result: 'cfo', matchedRules: ['large'] },
    ]);
  });

  it('reports a row the decision fails on (hit policy) and goes on', async () => {
    const decision = await api.published('Batch overlap', OVERLAPPING_TABLE);

    const response = await batch(decision.id, { body: '{"score": 50}\n{"score": 150}\n{"score": 250}\n', contentType: 'application/x-ndjson' });

    expect(ndjsonLines(response.body)).toEqual([
      { row: 1, result: { grade: 'C', bonus: 0 }, matchedRules: ['low'] },
      { row: 2, error: expect.stringContaining('UNIQUE') },
      { row: 3, result: { grade: 'A', bonus: 50 }, matchedRules: ['high'] },
    ]);
  });

  it('evaluates 20,000 rows in order', async () => {
    const amounts = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 30_000);

    const response = await batch(approvalId, { body: amounts.map((amount) => JSON.stringify({ amount })).join('\n'), contentType: 'application/x-ndjson' });

    const lines = ndjsonLines(response.body) as { row: number; result: string }[];
    expect(lines).toHaveLength(20_000);
    expect(lines.every((line, i) => line.row === i + 1)).toBe(true);
    const expected = amounts.map((amount) => (amount < 1000 ? 'clerk' : amount < 10_000 ? 'manager' : 'cfo'));
    expect(lines.map((line) => line.result)).toEqual(expected);
  });

  it('runs the draft when `version=draft` is asked for', async () => {
    const decision = await api.create({ name: 'Batch draft', table: APPROVAL_TABLE });

    const active = await batch(decision.id, { body: '{"amount": 1}', contentType: 'application/x-ndjson' });
    const draft = await batch(decision.id, { body: '{"amount": 1}', contentType: 'application/x-ndjson', query: '?version=draft' });

    expect(active.statusCode).toBe(409);
    expect(active.json()).toMatchObject({ code: 'decision-not-active' });
    expect(ndjsonLines(draft.body)).toEqual([{ row: 1, result: 'clerk', matchedRules: ['small'] }]);
  });
});

describe('CSV batches', () => {
  it('reads typed cells from CSV and writes CSV with one column per output', async () => {
    const body = 'score\r\n50\r\n150\r\n"250"\r\n7,8\r\n';
    const decision = await api.published('Batch first', { ...OVERLAPPING_TABLE, hitPolicy: 'first' });

    const response = await batch(decision.id, { body, contentType: 'text/csv', accept: 'text/csv' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.split('\r\n')).toEqual([
      'row,grade,bonus,matchedRules,error',
      '1,C,0,low,',
      '2,B,15,mid high,',
      '3,A,50,high,',
      '4,,,,The row has 2 cells; the header has 1.',
      '',
    ]);
  });

  it('converts cells: numbers, booleans, empty as null, text, dotted headers as nested inputs', async () => {
    const table: DecisionTableInput = {
      hitPolicy: 'first',
      inputs: [{ id: 'tier', label: 'Tier', expression: 'customer.tier' }, { id: 'vip', label: 'VIP', expression: 'vip' }, { id: 'limit', label: 'Limit', expression: 'limit' }],
      outputs: [{ id: 'out', name: 'out' }],
      rules: [
        { id: 'gold', inputEntries: ['"gold"', 'true', '> 100'], outputEntries: ['"gold vip"'] },
        { id: 'code', inputEntries: ['"007"', '-', 'null'], outputEntries: ['"agent"'] },
        { id: 'rest', inputEntries: ['-', '-', '-'], outputEntries: ['"other"'] },
      ],
    };
    const decision = await api.published('Typed cells', table);

    const response = await batch(decision.id, { body: 'customer.tier,vip,limit\ngold,true,150\n007,false,\n"gold, inc",true,1e3\n', contentType: 'text/csv; charset=utf-8' });

    expect(ndjsonLines(response.body)).toEqual([
      { row: 1, result: 'gold vip', matchedRules: ['gold', 'rest'] },
      { row: 2, result: 'agent', matchedRules: ['code', 'rest'] },
      { row: 3, result: 'other', matchedRules: ['rest'] },
    ]);
  });

  it('writes list results as JSON in one result column, quoted', async () => {
    const decision = await api.published('Batch collect', { ...OVERLAPPING_TABLE, hitPolicy: 'collect' });

    const response = await batch(decision.id, { body: '{"score": 150}\n', contentType: 'application/x-ndjson', accept: 'text/csv' });

    expect(response.body).toBe('row,result,matchedRules,error\r\n1,"[{""grade"":""B"",""bonus"":15},{""grade"":""A"",""bonus"":30}]",mid high,\r\n');
  });

  it('reports a record with text after a closing quote and reads on', async () => {
    const response = await batch(approvalId, { body: 'amount\n"12"x\n12\n', contentType: 'text/csv', accept: 'text/csv' });

    expect(response.body.split('\r\n')).toEqual([
      'row,level,matchedRules,error',
      '1,,,"Unexpected ""x"" after a closing quote."',
      '2,clerk,small,',
      '',
    ]);
  });
});

describe('refusals', () => {
  it('answers 415 to a JSON body', async () => {
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${approvalId}/batch`, headers: acme.headers, payload: { amount: 1 } });

    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported-media-type' });
  });

  it('answers 400 to an unknown version selector', async () => {
    const response = await batch(approvalId, { body: '{}', contentType: 'application/x-ndjson', query: '?version=newest' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/query/version' }] });
  });
});
