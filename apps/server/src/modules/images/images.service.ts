/**
 * Use cases for stored images: a person's avatar (My settings → Profile), an account's logo (Admin
 * settings → General, used for e-mail branding) and serving either. Replacing or removing an image
 * deletes the old row in the same transaction, so no orphan is left behind.
 */
import { createHash } from 'node:crypto';
import { IMAGE_PATH_PREFIX, type StoredImage } from '@flowforge/contracts';
import { recordAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireAccount, type RequestContext, type TenantContext } from '../../platform/http/request-context.ts';
import type { Platform } from '../../platform/platform.ts';
import { notAnImageError } from './image-body.ts';
import { sniffImage } from './image-sniff.ts';
import {
  deleteImage, findImageContent, findImageMeta, insertImage, replaceAccountLogo, replaceUserImage,
  type ImageContent, type ImageMeta, type NewImage,
} from './images.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function imageUrl(imageId: string): string {
  return `${IMAGE_PATH_PREFIX}${imageId}`;
}

/** The image id inside one of our own image paths; null for anything else (e.g. an external logo URL). */
export function imageIdFromUrl(url: string | null): string | null {
  if (!url?.startsWith(IMAGE_PATH_PREFIX)) return null;
  const id = url.slice(IMAGE_PATH_PREFIX.length);
  return UUID.test(id) ? id : null;
}

function toStoredImage(meta: ImageMeta): StoredImage {
  return { url: imageUrl(meta.id), contentType: meta.contentType, byteSize: meta.byteSize, width: meta.width, height: meta.height };
}

function buildImage(bytes: Buffer, owner: Pick<NewImage, 'accountId' | 'ownerUserId'>): NewImage {
  const sniffed = sniffImage(bytes);
  if (!sniffed) throw notAnImageError();
  return { ...owner, ...sniffed, data: bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function deleteReplaced(tx: Tx, previousUrl: string | null): Promise<void> {
  const previousId = imageIdFromUrl(previousUrl);
  if (previousId) await deleteImage(tx, previousId);
}

function scope(tenant: TenantContext) {
  return { accountId: tenant.principal.accountId, userId: tenant.principal.userId };
}

/** Stores a new avatar for the caller, points users.image at it and deletes the old one. */
export async function uploadMyAvatar(platform: Platform, ctx: RequestContext, bytes: Buffer): Promise<StoredImage> {
  const tenant = requireAccount(ctx);
  const { userId } = tenant.principal;
  const image = buildImage(bytes, { accountId: null, ownerUserId: userId });
  return withTenant(platform.appPool, scope(tenant), async (tx) => {
    const stored = await insertImage(tx, image);
    const url = imageUrl(stored.id);
    const before = await replaceUserImage(tx, { userId, image: url });
    await deleteReplaced(tx, before);
    await recordAudit(tx, tenant, { action: 'user.avatar-updated', resourceType: 'user', resourceId: userId, before: { image: before }, after: { image: url } });
    return toStoredImage(stored);
  });
}

export async function removeMyAvatar(platform: Platform, ctx: RequestContext): Promise<void> {
  const tenant = requireAccount(ctx);
  const { userId } = tenant.principal;
  await withTenant(platform.appPool, scope(tenant), async (tx) => {
    const before = await replaceUserImage(tx, { userId, image: null });
    if (before === null) return;
    await deleteReplaced(tx, before);
    await recordAudit(tx, tenant, { action: 'user.avatar-removed', resourceType: 'user', resourceId: userId, before: { image: before }, after: { image: null } });
  });
}

/** Stores a new logo for the active account and sets accounts.settings.logoUrl to it. */
export async function uploadAccountLogo(platform: Platform, ctx: RequestContext, bytes: Buffer): Promise<StoredImage> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  const image = buildImage(bytes, { accountId, ownerUserId: null });
  return withTenant(platform.appPool, scope(tenant), async (tx) => {
    const stored = await insertImage(tx, image);
    const url = imageUrl(stored.id);
    const before = await replaceAccountLogo(tx, { accountId, logoUrl: url });
    await deleteReplaced(tx, before);
    await recordAudit(tx, tenant, { action: 'account.logo-updated', resourceType: 'account', resourceId: accountId, before: { logoUrl: before }, after: { logoUrl: url } });
    return toStoredImage(stored);
  });
}

export async function removeAccountLogo(platform: Platform, ctx: RequestContext): Promise<void> {
  const tenant = requireAccount(ctx);
  const { accountId } = tenant.principal;
  await withTenant(platform.appPool, scope(tenant), async (tx) => {
    const before = await replaceAccountLogo(tx, { accountId, logoUrl: null });
    if (before === null) return;
    await deleteReplaced(tx, before);
    await recordAudit(tx, tenant, { action: 'account.logo-removed', resourceType: 'account', resourceId: accountId, before: { logoUrl: before }, after: { logoUrl: null } });
  });
}

export type ImageReply = { kind: 'not-modified'; image: ImageMeta } | { kind: 'content'; image: ImageContent };

/** Whether an If-None-Match header names this entity tag (or `*`); weak tags compare equal. */
export function matchesEntityTag(ifNoneMatch: string | undefined, sha256: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, '')).some((tag) => tag === '*' || tag === `"${sha256}"`);
}

/**
 * Serves an image by its id. Avatars need a signed-in caller (any account: colleagues see them);
 * account logos are public, because e-mail clients load them without a session. Rows are readable
 * by policy, so no tenant scope is needed.
 */
export async function readImage(platform: Platform, ctx: RequestContext, request: { imageId: string; ifNoneMatch: string | undefined }): Promise<ImageReply> {
  const client = await platform.appPool.connect();
  try {
    const meta = await findImageMeta(client, request.imageId);
    if (!meta) throw new DomainError('not-found', `Image ${request.imageId} does not exist.`);
    if (meta.accountId === null && !ctx.principal) throw new DomainError('unauthenticated', 'Sign in to see this picture.');
    if (matchesEntityTag(request.ifNoneMatch, meta.sha256)) return { kind: 'not-modified', image: meta };
    const content = await findImageContent(client, request.imageId);
    if (!content) throw new DomainError('not-found', `Image ${request.imageId} does not exist.`);
    return { kind: 'content', image: content };
  } finally {
    client.release();
  }
}
