import type { serviceAccountsEn } from './service-accounts.en';

export const serviceAccountsDe = {
} as const satisfies { readonly [K in keyof typeof serviceAccountsEn]: string };
