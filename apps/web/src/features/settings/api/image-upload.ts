// Uploads a picture as the raw request body (the API checks its bytes), with the same limits the
// server applies checked first, so the user hears about a too-large or unsupported file at once.
// Types only from contracts (zod stays out of this chunk); the types pin the values to the server's.
import type { ImageContentType, MAX_IMAGE_BYTES as SERVER_MAX_IMAGE_BYTES, StoredImage } from '@flowforge/contracts';
import { createNetworkProblem, parseProblem } from '../../../lib/api-problem';

export const MAX_IMAGE_BYTES: typeof SERVER_MAX_IMAGE_BYTES = 1_048_576;

const CONTENT_TYPES: Record<ImageContentType, true> = { 'image/png': true, 'image/jpeg': true, 'image/webp': true, 'image/gif': true };
const IMAGE_CONTENT_TYPES = Object.keys(CONTENT_TYPES);

export const ACCEPTED_IMAGE_TYPES = IMAGE_CONTENT_TYPES.join(',');

/** Megabytes rounded up to one decimal, as the server's messages state them (contracts' imageMegabytes). */
export function imageMegabytes(bytes: number): number {
  return Math.ceil(bytes / 104_857.6) / 10;
}

export type ImageFileProblem = { kind: 'too-large'; bytes: number } | { kind: 'unsupported-type' };

/** Why the file cannot be uploaded, or null when it can. */
export function checkImageFile(file: Pick<File, 'size' | 'type'>): ImageFileProblem | null {
  if (!IMAGE_CONTENT_TYPES.includes(file.type)) return { kind: 'unsupported-type' };
  if (file.size > MAX_IMAGE_BYTES) return { kind: 'too-large', bytes: file.size };
  return null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export async function uploadImage(path: string, file: File): Promise<StoredImage> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      headers: { 'content-type': file.type, accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw createNetworkProblem();
  }
  const payload = await readJson(response);
  if (!response.ok) throw parseProblem(response.status, payload, response.statusText);
  return payload as StoredImage;
}
