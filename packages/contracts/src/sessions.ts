import { z } from 'zod';

/** One of the signed-in user's sessions (a browser or device). */
export const UserSessionSchema = z.object({
  id: z.uuid(),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  isCurrent: z.boolean(),
});
export type UserSession = z.infer<typeof UserSessionSchema>;

export const UserSessionListSchema = z.object({ items: z.array(UserSessionSchema) });
export type UserSessionList = z.infer<typeof UserSessionListSchema>;

export const RevokedSessionsSchema = z.object({ revoked: z.number().int().min(0) });
export type RevokedSessions = z.infer<typeof RevokedSessionsSchema>;
