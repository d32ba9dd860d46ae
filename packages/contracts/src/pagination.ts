import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** Query parameters every list endpoint accepts. */
export const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(512).optional(),
  sort: z.string().max(200).optional(),
  fields: z.string().max(500).optional(),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;

/** Envelope of a page: `nextCursor` is opaque and absent on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
