// The one way the web app talks to the FlowForge API: same-origin relative URLs, JSON in and out,
// cookies for the session, and every failure thrown as an ApiProblem.
import { ApiProblem, createNetworkProblem, parseProblem } from './api-problem';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

function isJson(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('application/json') || type.includes('+json');
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || !isJson(response)) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function buildInit({ method = 'GET', body, signal }: RequestOptions): RequestInit {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
    signal: signal ?? null,
  };
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw createNetworkProblem();
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`API paths are relative to the origin: ${path}`);
  const response = await send(path, buildInit(options));
  const payload = await readBody(response);
  if (!response.ok) throw parseProblem(response.status, payload, response.statusText);
  return payload as T;
}

export const apiClient = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

export { ApiProblem };
