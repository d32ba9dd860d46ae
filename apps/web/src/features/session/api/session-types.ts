// Wire types of the session endpoints, from the shared contracts (types only: the schemas and zod
// stay out of the browser bundle).
import type { AccountSummary, MeResponse, Preferences, SignUpBody } from '@flowforge/contracts';

export type { AccountSummary, SignUpBody };
export type UserPreferences = Preferences;
export type Me = MeResponse;

export interface SignInBody {
  email: string;
  password: string;
}
