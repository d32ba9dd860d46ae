import type { adminEn } from './admin.en';

export const adminDe = {
} as const satisfies { readonly [K in keyof typeof adminEn]: string };
