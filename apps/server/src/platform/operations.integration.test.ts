import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('health, metrics and API reference', () => {
  it('reports liveness and readiness', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/healthz' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });

    expect(live.json()).toEqual({ status: 'ok' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: true, migrations: true } });
  });

  it('exposes Prometheus metrics with request latency, pool usage and job counts', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/me' });

    const response = await t.app.inject({ method: 'GET', url: '/metrics' });

    expect(response.headers['content-type']).toMatch(/text\/plain/);
    expect(response.body).toMatch(/http_request_duration_seconds_bucket\{.*route="\/api\/v1\/me".*status_code="401"/);
    expect(response.body).toMatch(/db_pool_connections\{state="total"\}/);
    expect(response.body).toMatch(/jobs\{state="waiting"\} 0/);
    expect(response.body).toMatch(/process_cpu_seconds_total/);
  });

  it('serves an OpenAPI 3.1 document describing the API with its schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = response.json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>();

    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/signup', '/api/v1/audit-logs', '/api/v1/events']));
    expect(doc.paths['/api/v1/signup']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).some((path) => path.startsWith('/api/auth'))).toBe(false);
  });

  it('serves the interactive API reference', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });

    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/swagger/i);
  });
});
