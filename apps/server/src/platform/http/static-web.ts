/**
 * Serves the built web app (apps/web/dist) with an SPA fallback: any GET outside /api that is not a
 * file returns index.html, so client-side routes survive a reload. Unknown /api routes get a 404 problem.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-handler.ts';

export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

export async function registerWebApp(app: FastifyInstance, distDir = WEB_DIST_DIR): Promise<void> {
  const hasBuild = existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false, maxAge: '1h', immutable: false });
    app.get('/', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    if (!isApi && hasBuild && request.method === 'GET') return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(request, reply, { code: 'not-found', detail: `No route matches ${request.method} ${request.url.split('?')[0]}.` });
  });
}
