/**
 * Prometheus metrics at /metrics: request latency histogram, database pool usage, job counts,
 * realtime streams and the process defaults (CPU, memory, event loop lag).
 */
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from './db/pool.ts';
import { countJobs } from './jobs.ts';

export type MetricsSources = { appPool: Pool; ownerPool: Pool; realtimeStreams: () => number };

export function registerMetrics(app: FastifyInstance, sources: MetricsSources): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Application database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, sources.appPool.totalCount);
      this.set({ state: 'idle' }, sources.appPool.idleCount);
      this.set({ state: 'waiting' }, sources.appPool.waitingCount);
    },
  });
  new Gauge({
    name: 'jobs',
    help: 'Background jobs by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await countJobs(sources.ownerPool);
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    },
  });
  new Gauge({
    name: 'realtime_streams',
    help: 'Open Server-Sent-Event streams',
    registers: [registry],
    collect() {
      this.set(sources.realtimeStreams());
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    latency.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()));
}
