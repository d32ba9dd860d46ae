import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 4096 });
  t.app.get('/api/v1/test-boom', { config: { access: 'public' } }, async () => {
    throw new Error('database password is hunter2');
  });
});
afterAll(async () => t.close());

describe('problem details (RFC 9457)', () => {
  it('turns an unexpected error into a 500 with a trace id and no internals', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/test-boom' });

    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({ type: 'https://flowforge.dev/problems/internal-error', status: 500, code: 'internal-error', instance: '/api/v1/test-boom' });
    expect(body.traceId).toBe(response.headers['x-request-id']);
    expect(response.body).not.toMatch(/hunter2|at .*\.ts/);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not-found', instance: '/api/v1/nothing-here' });
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed' });
  });

  it('answers an oversized body with 413', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: 'x'.repeat(10_000) } });

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload-too-large' });
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });

    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported-media-type' });
  });

  it('lists every invalid field with a JSON pointer', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { name: '', email: 'nope', password: 'short', accountName: 'A', extra: 1 } });

    expect(response.statusCode).toBe(400);
    const pointers = response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/name', '/email', '/password']));
  });

  it('rejects a malformed id in the path with a 400 pointing at the parameter', async () => {
    const user = await signUpUser(t.app);

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs/not-a-uuid', headers: user.headers });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/params/id' }] });
  });

  it('echoes a well-formed incoming request id and replaces a malformed one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'proxy-req-12345' } });
    const replaced = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id <script>' } });

    expect(kept.headers['x-request-id']).toBe('proxy-req-12345');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers', () => {
  it('sends a content security policy that forbids framing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });

    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});
