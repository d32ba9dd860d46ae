import type { usersEn } from './users.en';

export const usersDe = {
} as const satisfies { readonly [K in keyof typeof usersEn]: string };
