/** Steps the service-account tests share: create a service account, an API key, an OAuth client. */
import type { FastifyInstance } from 'fastify';
import type { CreatedApiKey, CreatedOAuthClient, ServiceAccount } from '@flowforge/contracts';

type Headers = Record<string, string>;

export async function createServiceAccountVia(app: FastifyInstance, headers: Headers, body: Record<string, unknown> = {}): Promise<ServiceAccount> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/service-accounts', headers, payload: { name: `Robot ${Math.random().toString(36).slice(2, 8)}`, ...body } });
  if (response.statusCode !== 201) throw new Error(`creating the service account failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createApiKeyVia(app: FastifyInstance, options: { headers: Headers; serviceAccountId: string; body?: Record<string, unknown> }): Promise<CreatedApiKey> {
  const response = await app.inject({
    method: 'POST', url: `/api/v1/service-accounts/${options.serviceAccountId}/api-keys`, headers: options.headers,
    payload: { name: 'CI', permissions: ['account:read'], ...options.body },
  });
  if (response.statusCode !== 201) throw new Error(`creating the API key failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createOAuthClientVia(app: FastifyInstance, options: { headers: Headers; serviceAccountId: string; permissions?: string[] }): Promise<CreatedOAuthClient> {
  const response = await app.inject({
    method: 'POST', url: `/api/v1/service-accounts/${options.serviceAccountId}/oauth-clients`, headers: options.headers,
    payload: { name: 'Integration', permissions: options.permissions ?? ['account:read', 'audit:read'] },
  });
  if (response.statusCode !== 201) throw new Error(`creating the OAuth client failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Requests a token with form-encoded client credentials in the body. */
export function requestToken(app: FastifyInstance, fields: Record<string, string>, headers: Headers = {}) {
  return app.inject({
    method: 'POST', url: '/api/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}
