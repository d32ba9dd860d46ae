/**
 * Raw image bodies for the upload routes of this plugin only: the four image content types arrive
 * as a Buffer, anything else is refused with a message naming what is accepted, and a body over
 * 1 MB is refused from its Content-Length before a byte is read, with both sizes in the message.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMAGE_CONTENT_TYPES, imageMegabytes, MAX_IMAGE_BYTES } from '@flowforge/contracts';
import { DomainError } from '../../platform/errors.ts';

const ACCEPTED = 'PNG, JPEG, WebP or GIF';

export function tooLargeError(bytes: number): DomainError {
  return new DomainError('payload-too-large', `The image is ${imageMegabytes(bytes)} MB; images can be at most ${imageMegabytes(MAX_IMAGE_BYTES)} MB.`);
}

export function notAnImageError(): DomainError {
  return new DomainError('unsupported-media-type', `The file is not a ${ACCEPTED} image. Choose a photo or picture in one of these formats.`);
}

/** Registers the image parsers and the early size check in the calling plugin's scope. */
export function acceptImageBodies(app: FastifyInstance): void {
  app.addContentTypeParser([...IMAGE_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_request, body, done) => {
    done(null, body);
  });
  app.addContentTypeParser('*', (request, _payload, done) => {
    done(new DomainError('unsupported-media-type', `Send the image as the request body with Content-Type image/png, image/jpeg, image/webp or image/gif, not ${request.headers['content-type'] ?? 'without a Content-Type'}.`), undefined);
  });
  app.addHook('preParsing', async (request) => {
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > MAX_IMAGE_BYTES) throw tooLargeError(length);
  });
}

/** The uploaded bytes; a JSON or text body (parsed by Fastify's own parsers) is not an image. */
export function readImageBody(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body)) throw notAnImageError();
  return request.body;
}
