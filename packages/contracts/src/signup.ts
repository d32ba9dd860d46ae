import { z } from 'zod';
import { AccountSummarySchema } from './me.ts';

export const PASSWORD_MIN_LENGTH = 8;

export const SignUpBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(255),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(128),
  accountName: z.string().trim().min(1).max(120),
});
export type SignUpBody = z.infer<typeof SignUpBodySchema>;

export const SignUpResponseSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  account: AccountSummarySchema,
});
export type SignUpResponse = z.infer<typeof SignUpResponseSchema>;
