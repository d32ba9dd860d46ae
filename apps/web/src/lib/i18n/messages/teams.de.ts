import type { teamsEn } from './teams.en';

export const teamsDe = {
} as const satisfies { readonly [K in keyof typeof teamsEn]: string };
