import type { groupsEn } from './groups.en';

export const groupsDe = {
} as const satisfies { readonly [K in keyof typeof groupsEn]: string };
