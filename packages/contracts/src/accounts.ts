import { z } from 'zod';
import { AccountTierSchema } from './me.ts';

export const AccountSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  tier: AccountTierSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountNameBodySchema = z.strictObject({ name: z.string().trim().min(1).max(120) });
export type AccountNameBody = z.infer<typeof AccountNameBodySchema>;
