import type { securityEn } from './security.en';

export const securityDe = {
} as const satisfies { readonly [K in keyof typeof securityEn]: string };
