import { z } from 'zod';
import { ListQuerySchema } from './pagination.ts';

export const AuditEntrySchema = z.object({
  id: z.uuid(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  actorId: z.uuid().nullable(),
  /** The actor's current name and e-mail; null for system actions and deleted users. */
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** An action (`user.invited`) or a prefix ending in `*` (`user.*`). */
export const AuditActionFilterSchema = z.string().trim().max(100)
  .regex(/^[a-z0-9][a-z0-9._:-]*(\*)?$/i, { message: 'Use an action such as user.invited, or a prefix ending in * such as user.*' });

/** A day (`2026-03-01`, UTC) or an instant with its offset (`2026-03-01T08:00:00+01:00`). */
export const AuditInstantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Use a date (2026-03-01) or a date and time with offset (2026-03-01T08:00:00Z)',
});

/** Filters shared by the list and the CSV export. `from` is inclusive; `to` is exclusive, or the whole day when it is a date. */
export const AuditFilterSchema = z.object({
  actorId: z.uuid().optional(),
  action: AuditActionFilterSchema.optional(),
  resourceType: z.string().trim().min(1).max(100).optional(),
  resourceId: z.string().trim().min(1).max(200).optional(),
  from: AuditInstantSchema.optional(),
  to: AuditInstantSchema.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditListQuerySchema = ListQuerySchema.extend(AuditFilterSchema.shape);
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditExportQuerySchema = AuditFilterSchema.extend({ sort: z.string().max(20).optional() });
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

/** Values present in the log, for the filter bar's suggestions. */
export const AuditFacetsSchema = z.object({
  actions: z.array(z.string()),
  resourceTypes: z.array(z.string()),
  actors: z.array(z.object({ id: z.uuid(), name: z.string().nullable(), email: z.string().nullable() })),
});
export type AuditFacets = z.infer<typeof AuditFacetsSchema>;
