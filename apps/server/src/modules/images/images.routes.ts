/** HTTP for uploaded images: your avatar, the account's logo, and serving an image by its id. */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IMAGE_CONTENT_TYPES, MAX_IMAGE_BYTES, StoredImageSchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { acceptImageBodies, readImageBody } from './image-body.ts';
import { readImage, removeAccountLogo, removeMyAvatar, uploadAccountLogo, uploadMyAvatar, type ImageReply } from './images.service.ts';

const consumes = [...IMAGE_CONTENT_TYPES];
const upload = `The raw image as the body (PNG, JPEG, WebP or GIF; the bytes are checked), at most ${MAX_IMAGE_BYTES} bytes (1 MB).`;

// Served images never run as a document: no script, no styles, no sniffing; cached until replaced
// (a new image gets a new id). Logos may be embedded by webmail on other origins.
function sendImage(reply: FastifyReply, result: ImageReply): FastifyReply {
  const { image } = result;
  const isLogo = image.accountId !== null;
  reply.headers({
    etag: `"${image.sha256}"`,
    'cache-control': `${isLogo ? 'public' : 'private'}, max-age=31536000, immutable`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': isLogo ? 'cross-origin' : 'same-origin',
  });
  if (result.kind === 'not-modified') return reply.code(304).send();
  return reply.type(result.image.contentType).send(result.image.data);
}

export function imageRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    acceptImageBodies(app);

    app.put('/me/avatar', {
      config: { access: 'profile:update' },
      bodyLimit: MAX_IMAGE_BYTES,
      schema: { tags: ['My settings'], summary: 'Upload your profile photo', description: upload, consumes, response: { 200: StoredImageSchema } },
    }, async (request) => uploadMyAvatar(platform, request.ctx, readImageBody(request)));

    app.delete('/me/avatar', {
      config: { access: 'profile:update' },
      schema: { tags: ['My settings'], summary: 'Remove your profile photo', response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeMyAvatar(platform, request.ctx);
      return reply.code(204).send(null);
    });

    app.put('/account/logo', {
      config: { access: 'settings:update' },
      bodyLimit: MAX_IMAGE_BYTES,
      schema: { tags: ['Admin settings'], summary: 'Upload the account logo (shown in the app and in e-mails)', description: upload, consumes, response: { 200: StoredImageSchema } },
    }, async (request) => uploadAccountLogo(platform, request.ctx, readImageBody(request)));

    app.delete('/account/logo', {
      config: { access: 'settings:update' },
      schema: { tags: ['Admin settings'], summary: 'Remove the account logo', response: { 204: z.null() } },
    }, async (request, reply) => {
      await removeAccountLogo(platform, request.ctx);
      return reply.code(204).send(null);
    });

    app.get('/images/:imageId', {
      config: { access: 'public' },
      schema: {
        tags: ['Images'],
        summary: 'An avatar (for signed-in users) or an account logo (for anyone), with ETag caching',
        params: z.object({ imageId: z.uuid() }),
      },
    }, async (request, reply) => sendImage(reply, await readImage(platform, request.ctx, { imageId: request.params.imageId, ifNoneMatch: request.headers['if-none-match'] })));
  };
}
