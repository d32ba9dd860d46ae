/**
 * SQL for stored images and the rows that point at them (users.image, accounts.settings.logoUrl).
 * Row-level security lets a user write only their own avatar and their account's logo.
 */
import type { ImageContentType } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type NewImage = {
  /** Set for an account's logo; null for a person's avatar. */
  accountId: string | null;
  ownerUserId: string | null;
  contentType: ImageContentType;
  data: Buffer;
  sha256: string;
  width: number | null;
  height: number | null;
};

export type ImageMeta = { id: string; accountId: string | null; contentType: ImageContentType; byteSize: number; sha256: string; width: number | null; height: number | null };
export type ImageContent = ImageMeta & { data: Buffer };

const META = `id, account_id as "accountId", content_type as "contentType", byte_size as "byteSize", sha256, width, height`;

export async function insertImage(tx: Tx, image: NewImage): Promise<ImageMeta> {
  const { rows } = await tx.query<ImageMeta>(
    `insert into images (account_id, owner_user_id, content_type, byte_size, sha256, data, width, height)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${META}`,
    [image.accountId, image.ownerUserId, image.contentType, image.data.length, image.sha256, image.data, image.width, image.height],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into images returned no row');
  return row;
}

/** Only the header fields: enough to answer a conditional request without loading the bytes. */
export async function findImageMeta(tx: Tx, imageId: string): Promise<ImageMeta | undefined> {
  const { rows } = await tx.query<ImageMeta>(`select ${META} from images where id = $1`, [imageId]);
  return rows[0];
}

export async function findImageContent(tx: Tx, imageId: string): Promise<ImageContent | undefined> {
  const { rows } = await tx.query<ImageContent>(`select ${META}, data from images where id = $1`, [imageId]);
  return rows[0];
}

/** Deletes an image the caller may delete (their avatar, their account's logo); false otherwise. */
export async function deleteImage(tx: Tx, imageId: string): Promise<boolean> {
  const result = await tx.query('delete from images where id = $1', [imageId]);
  return result.rowCount === 1;
}

/** Points the user's avatar at `image` (or clears it); returns the previous value. */
export async function replaceUserImage(tx: Tx, update: { userId: string; image: string | null }): Promise<string | null> {
  const { rows } = await tx.query<{ before: string | null }>(
    `update users u set image = $2, updated_at = now()
       from (select image from users where id = $1 for update) old
      where u.id = $1
      returning old.image as before`,
    [update.userId, update.image],
  );
  return rows[0]?.before ?? null;
}

/** Sets or clears `accounts.settings.logoUrl`; returns the previous value. */
export async function replaceAccountLogo(tx: Tx, update: { accountId: string; logoUrl: string | null }): Promise<string | null> {
  const { rows } = await tx.query<{ before: string | null }>(
    `update accounts a
        set settings = case when $2::text is null then a.settings - 'logoUrl' else a.settings || jsonb_build_object('logoUrl', $2::text) end,
            updated_at = now()
       from (select settings from accounts where id = $1 for update) old
      where a.id = $1
      returning old.settings->>'logoUrl' as before`,
    [update.accountId, update.logoUrl],
  );
  return rows[0]?.before ?? null;
}
