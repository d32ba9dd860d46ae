// Requests whose body or answer is not JSON (DMN XML in and out). Failures become ApiProblems,
// exactly as with the JSON client, so the screens handle one error type.
import { createNetworkProblem, parseProblem } from '../../../lib/api-problem';

export interface TextRequest {
  path: string;
  method: 'GET' | 'POST';
  body?: string;
  contentType?: string;
  /** What the caller wants back; problems always come as JSON. */
  accept?: string;
}

async function readPayload(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface TextResponse<T> {
  payload: T;
  headers: Headers;
}

/** Sends `body` as text; answers the parsed JSON, or the text when the answer is not JSON. */
export async function sendText<T>(request: TextRequest): Promise<T> {
  return (await sendTextWithHeaders<T>(request)).payload;
}

/** As sendText, with the response headers (e.g. the file name of a download). */
export async function sendTextWithHeaders<T>({ path, method, body, contentType, accept = 'application/json' }: TextRequest): Promise<TextResponse<T>> {
  const headers: Record<string, string> = { accept: `${accept}, application/problem+json` };
  if (contentType !== undefined) headers['content-type'] = contentType;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body ?? null, credentials: 'same-origin' });
  } catch {
    throw createNetworkProblem();
  }
  const payload = await readPayload(response);
  if (!response.ok) throw parseProblem(response.status, payload, response.statusText);
  return { payload: payload as T, headers: response.headers };
}
