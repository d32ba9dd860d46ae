/** Structured logs (pino via Fastify) with secrets redacted, and request ids. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Config } from './config.ts';

const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.secret',
  '*.token',
  '*.apiKey',
];
const INCOMING_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function buildLoggerOptions(level: Config['logLevel']) {
  return { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
}

/** Honours a well-formed incoming X-Request-Id (from a proxy), else makes a new one. */
export function generateRequestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}
