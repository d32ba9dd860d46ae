import type { mailEn } from './mail.en';

export const mailDe = {
} as const satisfies { readonly [K in keyof typeof mailEn]: string };
